using Verbonden.Core.Law;
using Verbonden.Core.Register;
using static Verbonden.Core.Governance.Severity;
using static Verbonden.Core.Register.BodyType;
using L = Verbonden.Core.Register.LegalForm;

namespace Verbonden.Core.Governance;

/// <summary>
/// The risks of seed 000 ch. 5–6 read from the bodies themselves: one person in conflicting roles, owner and director
/// in a hierarchical relation, several execution frameworks, and weighted votes that let one participant decide alone.
/// These are warnings, not breaches of law.
/// </summary>
public static class RoleRisks
{
    static readonly BodyType[] Running = [Bestuur, Directie, DagelijksBestuur];
    static readonly BodyType[] Supervising = [RaadVanToezicht, RaadVanCommissarissen];
    static readonly IReadOnlyList<L> WgrWithVotes = [L.OpenbaarLichaam, L.GemeenschappelijkOrgaan, L.Bedrijfsvoeringsorganisatie];

    public static readonly IReadOnlyList<GovernanceRule> All =
    [
        new("lid-geen-deelnemer", new("Wgr art. 13 lid 1",
            "Een lid van een orgaan vertegenwoordigt een deelnemer van de regeling, of is extern.",
            DateOnly.MinValue), Error, null,
            i => i.Bodies.SelectMany(b => b.Members.Select(m => (b, m)))
                .Where(x => x.m.Participant is { } p && !i.Participants.Contains(p, StringComparer.OrdinalIgnoreCase))
                .Select(x => $"{x.m.Name} ({Governing.Label(x.b.Type)}) vertegenwoordigt {x.m.Participant}, maar dat is geen deelnemer.")),
        new("eigenaar-en-bestuurder", new(Sources.Eigenaar,
            "Eén persoon is niet tegelijk eigenaar (aandeelhouder) en bestuurder van de werkorganisatie: de twee rollen hebben tegengestelde belangen.",
            DateOnly.MinValue), Warning, null,
            i => i.MembersOf(AlgemeneVergaderingVanAandeelhouders).Where(m => i.IsMemberOf(m.Name, Running))
                .Select(m => $"{m.Name} zit in de aandeelhoudersvergadering én in het bestuur of de directie.")),
        new("hierarchie-eigenaar-bestuurder", new(Sources.Eigenaar,
            "Eigenaar en bestuurder staan niet in een hiërarchische verhouding, zoals een wethouder als aandeelhouder en zijn eigen ambtenaar als bestuurder.",
            DateOnly.MinValue), Warning, null,
            i => i.MembersOf(AlgemeneVergaderingVanAandeelhouders).SelectMany(owner => i.MembersOf(Running)
                    .Where(director => Governing.Hierarchical(owner, director))
                    .Select(director => $"{owner.Name} ({Governing.Function(owner.Function)}) is eigenaar en {director.Name} ({Governing.Function(director.Function)}) bestuurder; beiden komen uit {owner.Participant}."))),
        new("toezichthouder-bestuurt", new(Sources.Klant,
            "Wie toezicht houdt, bestuurt niet zelf: de zuiverste vorm van toezicht is een raad van toezicht zonder wethouders die zelf besturen.",
            DateOnly.MinValue), Warning, null,
            i => i.MembersOf(Supervising).Where(m => i.IsMemberOf(m.Name, [.. Running, AlgemeenBestuur]))
                .Select(m => $"{m.Name} houdt toezicht én bestuurt.")),
        new("meerdere-uitvoeringskaders", new(Sources.Uitvoeringskader,
            "Eén ding is erger dan een strikt uitvoeringskader: meerdere uitvoeringskaders naast elkaar. De financiers moeten tot één kader komen.",
            DateOnly.MinValue), Warning, null,
            i => i.Frameworks.Count > 1 ? [$"De werkorganisatie werkt onder {i.Frameworks.Count} uitvoeringskaders: {string.Join(", ", i.Frameworks)}."] : []),
        new("stemmen-een-deelnemer-beslist", new("Wgr art. 13 lid 4",
            "Stemmen mogen gewogen worden, maar een deelnemer met meer dan de helft van de stemmen beslist alleen.",
            LawDates.Wgr1985), Warning, WgrWithVotes,
            i => DecidesAlone(i, AlgemeenBestuur, GemeenschappelijkOrgaan, Bestuur)),
        new("aandelen-een-deelnemer-beslist", new(Sources.Eigenaar,
            "Bij een NV of BV volgen de stemmen het aandelenbezit; een deelnemer met meer dan de helft beslist alleen.",
            DateOnly.MinValue), Warning, [L.Nv, L.Bv],
            i => DecidesAlone(i, AlgemeneVergaderingVanAandeelhouders)),
    ];

    static IEnumerable<string> DecidesAlone(GovernanceInput i, params BodyType[] bodies)
    {
        if (i.Participants.Count < 2) yield break;
        foreach (var body in i.BodiesOf(bodies))
        {
            var votes = Governing.VotesPerParticipant(body.Members);
            var total = body.Members.Sum(m => m.EffectiveVotes);
            foreach (var (participant, count) in votes.Where(v => v.Value * 2 > total))
                yield return $"{participant} heeft {count} van de {total} stemmen in de {Governing.Label(body.Type)} en beslist daar alleen.";
        }
    }
}
