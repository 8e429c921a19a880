using Verbonden.Core.Governance;
using Verbonden.Core.Register;
using static Verbonden.Core.Register.SeatFunction;

namespace Verbonden.Core.Tests.Governance;

/// <summary>
/// Builds governance inputs for tests. The default is a sound openbaar lichaam (collegeregeling) of gemeenten A and B:
/// AB Anna, Bart (wethouders) and Carla, Dirk (burgemeesters); DB Anna (voorzitter), Bart, Carla.
/// </summary>
public sealed record GovernanceBuilder
{
    public static GovernanceMember M(string name, string? participant, SeatFunction function = Wethouder, int? votes = null) => new(name, participant, function, votes);

    public static readonly GovernanceMember Anna = M("Anna", "A"), Bart = M("Bart", "B"), Carla = M("Carla", "A", Burgemeester), Dirk = M("Dirk", "B", Burgemeester);

    public LegalForm Form { get; init; } = LegalForm.OpenbaarLichaam;
    public RegelingType RegelingType { get; init; } = RegelingType.College;
    public List<string> Participants { get; init; } = ["A", "B"];
    public List<GovernanceBody> Bodies { get; init; } =
    [
        new(BodyType.AlgemeenBestuur, [Anna, Bart, Carla, Dirk]),
        new(BodyType.DagelijksBestuur, [Anna, Bart, Carla]),
        new(BodyType.Voorzitter, [Anna]),
    ];
    public DateOnly Date { get; init; } = new(2026, 1, 1);
    public Dictionary<string, bool>? Provisions { get; init; }
    public List<string> Frameworks { get; init; } = [];
    public List<Decision> Decisions { get; init; } = [];
    public List<RoleAssignment> Roles { get; init; } = [];

    /// <summary>Replaces (or adds) the body of <paramref name="type"/>.</summary>
    public GovernanceBuilder With(BodyType type, params GovernanceMember[] members) =>
        this with { Bodies = [.. Bodies.Where(b => b.Type != type), new GovernanceBody(type, members)] };

    public GovernanceBuilder Without(params BodyType[] types) => this with { Bodies = Bodies.Where(b => !types.Contains(b.Type)).ToList() };

    /// <summary>A company (BV unless told otherwise) with only the bodies given.</summary>
    public static GovernanceBuilder Company(LegalForm form = LegalForm.Bv) => new() { Form = form, RegelingType = RegelingType.Onbekend, Bodies = [] };

    /// <summary>A sound bedrijfsvoeringsorganisatie of A and B: one bestuur of one wethouder each.</summary>
    public static GovernanceBuilder Bvo() => new() { Form = LegalForm.Bedrijfsvoeringsorganisatie, Bodies = [new(BodyType.Bestuur, [Anna, Bart])] };

    public GovernanceInput Build() => new(Form, RegelingType, Participants, Bodies, Date, Provisions, Frameworks, Decisions, Roles);

    public GovernanceResult Validate() => GovernanceValidator.Validate(Build(), Date);

    public static Decision D(string name, DecisionType type, Involvement involvement = Involvement.Raad,
        DecisionFrequency frequency = DecisionFrequency.Jaarlijks, DecisionUrgency urgency = DecisionUrgency.Normaal,
        bool staff = false, bool worksCouncil = false) => new(name, type, frequency, urgency, involvement, staff, worksCouncil);

    /// <summary>A complete besluitenlijst for an OL: every decision the Wgr expects, each with the council where it must be.</summary>
    public static readonly List<Decision> FullDecisionList =
    [
        D("Begroting", DecisionType.Begroting), D("Jaarrekening", DecisionType.Jaarrekening, Involvement.College),
        D("Wijziging regeling", DecisionType.WijzigingRegeling, frequency: DecisionFrequency.Incidenteel),
        D("Toetreding", DecisionType.Toetreding, frequency: DecisionFrequency.Incidenteel),
        D("Uittreding", DecisionType.Uittreding, frequency: DecisionFrequency.Incidenteel),
        D("Opheffing", DecisionType.Opheffing, frequency: DecisionFrequency.Incidenteel),
    ];

    /// <summary>Every role, each with its own holder.</summary>
    public static readonly List<RoleAssignment> FullRoles =
    [
        new(Role.Eigenaar, "Wethouder financiën A", Wethouder, "A"),
        new(Role.Bestuurder, "Directeur werkorganisatie", Extern),
        new(Role.Opdrachtgever, "Wethouder sociaal domein A", Wethouder, "A"),
        new(Role.Opdrachtnemer, "Werkorganisatie"),
        new(Role.Klant, "Inwoners"),
        new(Role.Toezichthouder, "Raad van toezicht"),
    ];
}
