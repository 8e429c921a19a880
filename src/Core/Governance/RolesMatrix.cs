using Verbonden.Core.Register;
using static Verbonden.Core.Governance.Severity;

namespace Verbonden.Core.Governance;

/// <summary>The roles around a work organisation (seed 000 ch. 5–6).</summary>
public enum Role { Eigenaar, Bestuurder, Opdrachtgever, Opdrachtnemer, Klant, Toezichthouder }

/// <summary>Who holds a role: a person or a body, with the function and participant when it is a person.</summary>
public sealed record RoleAssignment(Role Role, string Holder, SeatFunction? Function = null, string? Participant = null)
{
    public bool SameHolder(RoleAssignment other) => string.Equals(Holder.Trim(), other.Holder.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>Checks of the roles matrix for gaps and conflicting overlaps (seed 000 §2.2, §5.1, §6.1).</summary>
public static class RolesMatrixRules
{
    /// <summary>Pairs of roles one holder should never combine: you cannot check, ask or own what you run yourself.</summary>
    public static readonly IReadOnlyList<(Role A, Role B)> Conflicting =
    [
        (Role.Eigenaar, Role.Bestuurder),
        (Role.Opdrachtgever, Role.Opdrachtnemer),
        (Role.Toezichthouder, Role.Bestuurder),
        (Role.Toezichthouder, Role.Opdrachtnemer),
    ];

    public static readonly IReadOnlyList<GovernanceRule> All =
    [
        new("rol-niet-belegd", new(Sources.Besluitenlijst,
            "Benoem de rollen die de verhouding tussen gemeente en werkorganisatie invullen en toets of ze helder te onderscheiden zijn.",
            DateOnly.MinValue), Warning, null,
            i => i.RolesMatrix.Count == 0 ? []
                : Enum.GetValues<Role>().Where(r => i.RolesMatrix.All(a => a.Role != r)).Select(r => $"De rol {Label(r)} is niet belegd.")),
        new("rollen-conflict", new(Sources.Eigenaar,
            "Eén persoon of orgaan vervult geen twee rollen met tegengestelde belangen, zoals eigenaar en bestuurder of opdrachtgever en opdrachtnemer.",
            DateOnly.MinValue), Warning, null,
            i => Conflicting.SelectMany(pair => i.RolesMatrix.Where(a => a.Role == pair.A)
                    .Where(a => i.RolesMatrix.Any(b => b.Role == pair.B && a.SameHolder(b)))
                    .Select(a => $"{a.Holder} is zowel {Label(pair.A)} als {Label(pair.B)}."))),
        new("rollen-hierarchie", new(Sources.Eigenaar,
            "Eigenaar en bestuurder staan niet in een hiërarchische verhouding, zoals een wethouder en een ambtenaar van dezelfde gemeente.",
            DateOnly.MinValue), Warning, null,
            i => i.RolesMatrix.Where(a => a.Role == Role.Eigenaar).SelectMany(owner => i.RolesMatrix.Where(b => b.Role == Role.Bestuurder)
                    .Where(director => Hierarchical(owner, director))
                    .Select(director => $"Eigenaar {owner.Holder} ({Governing.Function(owner.Function!.Value)}) en bestuurder {director.Holder} ({Governing.Function(director.Function!.Value)}) staan in een hiërarchische verhouding binnen {owner.Participant}."))),
        new("raad-als-toezichthouder", new(Sources.Klant,
            "Als de raad het toezicht op de werkorganisatie houdt, gaat hij bijsturen en ontstaat feitelijk een ander beleidskader; dat is niet de bedoeling van toezicht op de uitvoering.",
            DateOnly.MinValue), Warning, null,
            i => i.RolesMatrix.Where(a => a.Role == Role.Toezichthouder && a.Function == SeatFunction.Raadslid)
                .Select(a => $"{a.Holder} (raad) is toezichthouder van de werkorganisatie.")),
    ];

    static bool Hierarchical(RoleAssignment a, RoleAssignment b) =>
        a.Function is { } fa && b.Function is { } fb && a.Participant is not null
        && Governing.Hierarchical(new GovernanceMember(a.Holder, a.Participant, fa), new GovernanceMember(b.Holder, b.Participant, fb));

    public static string Label(Role r) => r switch
    {
        Role.Eigenaar => "eigenaar",
        Role.Bestuurder => "bestuurder",
        Role.Opdrachtgever => "opdrachtgever",
        Role.Opdrachtnemer => "opdrachtnemer",
        Role.Klant => "klant",
        _ => "toezichthouder",
    };
}
