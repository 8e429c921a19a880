using Verbonden.Core.Register;

namespace Verbonden.Core.Reporting;

/// <summary>The municipality's bestuurlijk belang: its seats and votes against the total in the governing body.</summary>
public sealed record GovernanceInterest(int Seats, int? Votes, int? TotalVotes)
{
    /// <summary>Share of the votes (0–1), when both numbers are known.</summary>
    public decimal? VoteShare => Votes is { } v && TotalVotes is > 0 ? Math.Round((decimal)v / TotalVotes.Value, 4) : null;
}

/// <summary>The municipality's financieel belang in the year.</summary>
public sealed record FinancialInterest(decimal Contribution, decimal Shares, decimal Loans, decimal Guarantees)
{
    public static readonly FinancialInterest None = new(0, 0, 0, 0);
    public decimal Total => Contribution + Shares + Loans + Guarantees;
    public FinancialInterest Add(FinancialInterest o) => new(Contribution + o.Contribution, Shares + o.Shares, Loans + o.Loans, Guarantees + o.Guarantees);
}

/// <summary>One verbonden partij in the paragraph (BBV art. 15 lid 1 and 2).</summary>
public sealed record BbvEntry(
    int ArrangementId, string Name, string? Seat, LegalForm Form, string? PublicInterest,
    GovernanceInterest Governance, FinancialInterest Financial,
    decimal? EquityStart, decimal? EquityEnd, decimal? DebtStart, decimal? DebtEnd, decimal? Result, string? Risks)
{
    public BbvCategory Category => LegalFormInfo.Of(Form).Bbv;

    /// <summary>Which of the required facts are missing, in Dutch, so the griffie sees the gaps.</summary>
    public IReadOnlyList<string> Gaps =>
    [
        .. string.IsNullOrWhiteSpace(PublicInterest) ? ["openbaar belang"] : Array.Empty<string>(),
        .. EquityStart is null || EquityEnd is null ? ["eigen vermogen"] : Array.Empty<string>(),
        .. DebtStart is null || DebtEnd is null ? ["vreemd vermogen"] : Array.Empty<string>(),
        .. Result is null ? ["financieel resultaat"] : Array.Empty<string>(),
    ];
}

/// <summary>One of the four groups of BBV art. 15 lid 1, with the total of the municipality's financieel belang.</summary>
public sealed record BbvGroup(BbvCategory Category, IReadOnlyList<BbvEntry> Entries)
{
    public FinancialInterest Total => Entries.Aggregate(FinancialInterest.None, (t, e) => t.Add(e.Financial));
}

/// <summary>
/// The "paragraaf verbonden partijen" of one municipality for one year: the partijen in the four groups of
/// BBV art. 15 (always all four, possibly empty, in the order of the article), with totals per group and overall.
/// </summary>
public sealed record BbvParagraph(string OrganisationCode, string OrganisationName, int Year, IReadOnlyList<BbvGroup> Groups)
{
    public const string Article = "art. 15 Besluit begroting en verantwoording provincies en gemeenten";

    public FinancialInterest Total => Groups.Aggregate(FinancialInterest.None, (t, g) => t.Add(g.Total));
    public int Count => Groups.Sum(g => g.Entries.Count);

    public static BbvParagraph Build(string code, string name, int year, IEnumerable<BbvEntry> entries)
    {
        var list = entries.ToList();
        var groups = Enum.GetValues<BbvCategory>()
            .Select(c => new BbvGroup(c, list.Where(e => e.Category == c).OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase).ToList()))
            .ToList();
        return new(code, name, year, groups);
    }
}
