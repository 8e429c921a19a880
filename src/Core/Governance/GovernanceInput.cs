using Verbonden.Core.Register;

namespace Verbonden.Core.Governance;

public enum Severity { Error, Warning, Info }

/// <summary>A seat in a body: the person, the participant (id) it represents (null for an outsider), its function and votes.</summary>
public sealed record GovernanceMember(string Name, string? Participant, SeatFunction Function, int? Votes = null)
{
    /// <summary>Votes this member casts: as recorded, else one (Wgr art. 13 lid 4 allows weighting).</summary>
    public int EffectiveVotes => Votes ?? 1;

    public bool IsPerson(string name) => string.Equals(Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);
}

public sealed record GovernanceBody(BodyType Type, IReadOnlyList<GovernanceMember> Members, string? Name = null);

/// <summary>
/// A planned or registered arrangement as the governance validator sees it: form, regeling type, participants,
/// bodies with their members, and what is recorded about the regeling's provisions, decisions and roles.
/// </summary>
/// <param name="Participants">Ids of the participants (names for people; register codes or names for organisations).</param>
/// <param name="Date">The day whose law applies; null means today.</param>
/// <param name="Provisions">Per <see cref="RegelingChecklist"/> provision id: whether the regeling contains it; ids left out are unknown.</param>
/// <param name="ExecutionFrameworks">Names of the uitvoeringskaders the work organisation works under (seed 000 §6.2).</param>
/// <param name="Decisions">The besluitenlijst (seed 000 §2.2); empty when not recorded.</param>
/// <param name="Roles">The roles matrix (seed 000 ch. 5–6); empty when not recorded.</param>
public sealed record GovernanceInput(
    LegalForm Form,
    RegelingType RegelingType,
    IReadOnlyList<string> Participants,
    IReadOnlyList<GovernanceBody> Bodies,
    DateOnly? Date = null,
    IReadOnlyDictionary<string, bool>? Provisions = null,
    IReadOnlyList<string>? ExecutionFrameworks = null,
    IReadOnlyList<Decision>? Decisions = null,
    IReadOnlyList<RoleAssignment>? Roles = null)
{
    public IReadOnlyList<string> Frameworks => ExecutionFrameworks ?? [];
    public IReadOnlyList<Decision> DecisionList => Decisions ?? [];
    public IReadOnlyList<RoleAssignment> RolesMatrix => Roles ?? [];

    public IEnumerable<GovernanceBody> BodiesOf(params BodyType[] types) => Bodies.Where(b => types.Contains(b.Type));

    public IReadOnlyList<GovernanceMember> MembersOf(params BodyType[] types) => BodiesOf(types).SelectMany(b => b.Members).ToList();

    public bool Has(BodyType type) => Bodies.Any(b => b.Type == type);

    public bool IsMemberOf(string person, params BodyType[] types) => MembersOf(types).Any(m => m.IsPerson(person));
}

/// <summary>One finding of the validator: severity, the rule, its source (article or document) and a Dutch message.</summary>
public sealed record Finding(Severity Severity, string Rule, string Source, string Message);
