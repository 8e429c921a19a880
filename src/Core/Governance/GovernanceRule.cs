using Verbonden.Core.Law;
using Verbonden.Core.Register;

namespace Verbonden.Core.Governance;

/// <summary>
/// One governance rule as data: its provision (article, Dutch text, period), the severity of a breach, the forms it
/// applies to (null: every form) and a check that yields one Dutch message per breach.
/// </summary>
public sealed record GovernanceRule(string Id, Provision Basis, Severity Severity, IReadOnlyList<LegalForm>? Forms, Func<GovernanceInput, IEnumerable<string>> Check)
{
    public bool AppliesTo(LegalForm form, DateOnly day) => (Forms is null || Forms.Contains(form)) && Basis.AppliesOn(day);

    public IEnumerable<Finding> Evaluate(GovernanceInput input) =>
        Check(input).Select(message => new Finding(Severity, Id, Basis.Article, message));
}

/// <summary>Citations of the non-statutory sources: the Haagse Beek study of municipal work organisations (seed 000).</summary>
public static class Sources
{
    const string Werkorganisaties = "Haagse Beek, Gemeentelijke werkorganisaties";
    public const string Besluitenlijst = Werkorganisaties + ", §2.2";
    public const string Klant = Werkorganisaties + ", §5.1";
    public const string Eigenaar = Werkorganisaties + ", §6.1";
    public const string Uitvoeringskader = Werkorganisaties + ", §6.2";
    public const string Ondernemingsraad = Werkorganisaties + ", §7.2";
}

/// <summary>Small helpers shared by the governance rules.</summary>
static class Governing
{
    public static readonly SeatFunction[] CollegeFunctions = [SeatFunction.Wethouder, SeatFunction.Burgemeester, SeatFunction.Gedeputeerde];
    public static readonly SeatFunction[] CivilServants = [SeatFunction.Ambtenaar, SeatFunction.Secretaris];

    public static string Label(BodyType type) => GoverningBody.Label(type).ToLowerInvariant();

    public static string Function(SeatFunction f) => f switch
    {
        SeatFunction.Raadslid => "raadslid",
        SeatFunction.Wethouder => "wethouder",
        SeatFunction.Burgemeester => "burgemeester",
        SeatFunction.Gedeputeerde => "gedeputeerde",
        SeatFunction.Secretaris => "secretaris",
        SeatFunction.Ambtenaar => "ambtenaar",
        _ => "extern lid",
    };

    /// <summary>Votes per participant in the given bodies; members without a participant are left out.</summary>
    public static Dictionary<string, int> VotesPerParticipant(IEnumerable<GovernanceMember> members) =>
        members.Where(m => m.Participant is not null)
            .GroupBy(m => m.Participant!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.EffectiveVotes), StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the two people stand in a hierarchical relation within one participant: a college member and a civil servant of it.</summary>
    public static bool Hierarchical(GovernanceMember a, GovernanceMember b) =>
        a.Participant is not null && string.Equals(a.Participant, b.Participant, StringComparison.OrdinalIgnoreCase) && !a.IsPerson(b.Name)
        && ((CollegeFunctions.Contains(a.Function) && CivilServants.Contains(b.Function))
            || (CivilServants.Contains(a.Function) && CollegeFunctions.Contains(b.Function)));
}
