namespace Verbonden.Core.Reporting;

/// <summary>
/// Facts about an arrangement in one year: its own balance sheet and result (for BBV art. 15), and the
/// dates of its budget cycle for the budget year (for the Wgr calendar). Amounts in euro.
/// </summary>
public sealed class ArrangementYear
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public int Year { get; set; }
    public decimal? EquityStart { get; set; }
    public decimal? EquityEnd { get; set; }
    public decimal? DebtStart { get; set; }
    public decimal? DebtEnd { get; set; }
    /// <summary>The (expected) financial result of the year.</summary>
    public decimal? Result { get; set; }
    public string? Risks { get; set; }
    /// <summary>The AB meeting that adopts the budget for <see cref="Year"/> (held in the year before).</summary>
    public DateOnly? AbMeetingOn { get; set; }
    /// <summary>The day the DB sent the draft budget for <see cref="Year"/> to the councils.</summary>
    public DateOnly? DraftBudgetSentOn { get; set; }

    public void Validate()
    {
        if (Year is < 1900 or > 9998) throw new DomainException("Het jaar ligt niet tussen 1900 en 9998.", nameof(Year));
        if (DebtStart < 0) throw new DomainException("Het vreemd vermogen kan niet negatief zijn.", nameof(DebtStart));
        if (DebtEnd < 0) throw new DomainException("Het vreemd vermogen kan niet negatief zijn.", nameof(DebtEnd));
        if (AbMeetingOn is { } ab && DraftBudgetSentOn is { } sent && sent > ab)
            throw new DomainException("De ontwerpbegroting is verzonden na de vergadering van het algemeen bestuur.", nameof(DraftBudgetSentOn));
    }
}

/// <summary>The financieel belang of one participant in an arrangement in one year. Amounts in euro.</summary>
public sealed class ParticipantFinance
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public int OrganisationId { get; set; }
    public int Year { get; set; }
    /// <summary>The participant's contribution (bijdrage) to the arrangement in the year.</summary>
    public decimal Contribution { get; set; }
    /// <summary>Book value of shares or capital held (deelneming) at the end of the year.</summary>
    public decimal Shares { get; set; }
    /// <summary>Loans granted to the arrangement, outstanding at the end of the year.</summary>
    public decimal Loans { get; set; }
    /// <summary>Guarantees (garanties, borgstellingen) given, outstanding at the end of the year.</summary>
    public decimal Guarantees { get; set; }

    public void Validate()
    {
        if (Year is < 1900 or > 9998) throw new DomainException("Het jaar ligt niet tussen 1900 en 9998.", nameof(Year));
        if (Shares < 0) throw new DomainException("De waarde van de aandelen kan niet negatief zijn.", nameof(Shares));
        if (Loans < 0) throw new DomainException("Het bedrag aan leningen kan niet negatief zijn.", nameof(Loans));
        if (Guarantees < 0) throw new DomainException("Het bedrag aan garanties kan niet negatief zijn.", nameof(Guarantees));
    }
}
