using Verbonden.Core.Law;
using Verbonden.Core.Register;
using static Verbonden.Core.Governance.Governing;
using static Verbonden.Core.Governance.Severity;
using static Verbonden.Core.Register.BodyType;
using L = Verbonden.Core.Register.LegalForm;

namespace Verbonden.Core.Governance;

/// <summary>
/// The statutory governance rules (DOMAIN.md §4): the bodies of an openbaar lichaam (Wgr art. 12–14), the single
/// board of a bedrijfsvoeringsorganisatie (art. 8 lid 3, 14a), the centrumgemeente and regeling zonder meer without
/// bodies of their own (art. 8), and the organs of private legal persons (BW book 2).
/// </summary>
/// <remarks>
/// Before the 2015 amendment every member of the dagelijks bestuur came from the algemeen bestuur; since then
/// outsiders may sit in it, but never as a majority. Both versions are here, each with its own period.
/// </remarks>
public static class GovernanceRules
{
    static readonly DateOnly Bw1992 = new(1992, 1, 1);
    static readonly BodyType[] Boards = [AlgemeenBestuur, DagelijksBestuur, Voorzitter, Bestuur, GemeenschappelijkOrgaan];

    public static readonly IReadOnlyList<GovernanceRule> All =
    [
        // --- Openbaar lichaam ---
        new("ol-organen", new("Wgr art. 12 lid 1",
            "Het bestuur van een openbaar lichaam bestaat uit een algemeen bestuur, een dagelijks bestuur en een voorzitter.",
            LawDates.Wgr1985), Error, [L.OpenbaarLichaam],
            i => new[] { AlgemeenBestuur, DagelijksBestuur, Voorzitter }.Where(t => !i.Has(t))
                .Select(t => $"Het openbaar lichaam heeft geen {Label(t)}.")),
        new("ab-lid-per-deelnemer", new("Wgr art. 13 lid 1",
            "Elke deelnemer wijst leden van het algemeen bestuur aan; alleen als deelnemers samen één lid aanwijzen (art. 13 lid 5), heeft een deelnemer geen eigen lid.",
            LawDates.Wgr1985), Warning, [L.OpenbaarLichaam, L.GemeenschappelijkOrgaan],
            i => i.Participants.Where(p => !i.MembersOf(AlgemeenBestuur, GemeenschappelijkOrgaan, Bestuur)
                    .Any(m => string.Equals(m.Participant, p, StringComparison.OrdinalIgnoreCase)))
                .Select(p => $"{p} heeft geen lid in het {(i.Form == L.GemeenschappelijkOrgaan ? "gemeenschappelijk orgaan" : "algemeen bestuur")}; dat kan alleen als deelnemers samen een lid aanwijzen.")),
        new("ab-bestuurders", new("Wgr art. 13 lid 1",
            "De leden van het algemeen bestuur worden aangewezen uit de raad, het college of de burgemeesters van de deelnemers; ambtenaren en buitenstaanders zijn geen lid.",
            LawDates.Wgr1985), Error, [L.OpenbaarLichaam, L.GemeenschappelijkOrgaan],
            i => i.MembersOf(AlgemeenBestuur, GemeenschappelijkOrgaan)
                .Where(m => m.Function is SeatFunction.Ambtenaar or SeatFunction.Secretaris or SeatFunction.Extern)
                .Select(m => $"{m.Name} ({Function(m.Function)}) kan geen lid zijn van het algemeen bestuur.")),
        new("ab-collegeregeling", new("Wgr art. 13 lid 6",
            "Bij een collegeregeling wijzen de colleges de leden van het algemeen bestuur aan uit hun midden.",
            LawDates.Wgr1985), Error, [L.OpenbaarLichaam, L.GemeenschappelijkOrgaan],
            i => i.RegelingType != RegelingType.College ? []
                : i.MembersOf(AlgemeenBestuur, GemeenschappelijkOrgaan).Where(m => m.Function == SeatFunction.Raadslid)
                    .Select(m => $"{m.Name} is raadslid; in een collegeregeling komen de leden van het algemeen bestuur uit het college.")),
        new("db-samenstelling", new("Wgr art. 14 lid 1",
            "Het dagelijks bestuur bestaat uit de voorzitter en twee of meer andere leden.",
            LawDates.Wgr1985), Error, [L.OpenbaarLichaam], DbComposition),
        new("db-niet-een-deelnemer", new("Wgr art. 14 lid 1",
            "De leden van het dagelijks bestuur komen niet allemaal uit één deelnemer.",
            LawDates.Wgr1985), Error, [L.OpenbaarLichaam],
            i =>
            {
                var from = i.MembersOf(DagelijksBestuur).Select(m => m.Participant).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                return from.Count == 1 && i.Participants.Count > 1 ? [$"Alle leden van het dagelijks bestuur komen uit {from[0]}."] : [];
            }),
        new("db-leden-uit-ab", new("Wgr art. 14 lid 1",
            "Tot 2015 worden de leden van het dagelijks bestuur door en uit het algemeen bestuur aangewezen.",
            LawDates.Wgr1985, LawDates.Before2015), Error, [L.OpenbaarLichaam],
            i => i.MembersOf(DagelijksBestuur).Where(m => !i.IsMemberOf(m.Name, AlgemeenBestuur))
                .Select(m => $"{m.Name} zit in het dagelijks bestuur maar niet in het algemeen bestuur; dat kan pas sinds 2015.")),
        new("db-buitenstaanders-minderheid", new("Wgr art. 14 lid 2",
            "Leden van het dagelijks bestuur die geen lid zijn van het algemeen bestuur vormen nooit de meerderheid van het dagelijks bestuur.",
            LawDates.Wgr2015), Error, [L.OpenbaarLichaam],
            i =>
            {
                var db = i.MembersOf(DagelijksBestuur);
                var outsiders = db.Count(m => !i.IsMemberOf(m.Name, AlgemeenBestuur));
                return outsiders * 2 > db.Count
                    ? [$"{outsiders} van de {db.Count} leden van het dagelijks bestuur zitten niet in het algemeen bestuur: dat is een meerderheid."] : [];
            }),
        new("voorzitter-uit-ab", new("Wgr art. 13 lid 9",
            "De voorzitter is één persoon, door en uit het algemeen bestuur aangewezen.",
            LawDates.Wgr1985), Error, [L.OpenbaarLichaam], Chair),

        // --- Gemeenschappelijk orgaan ---
        new("go-orgaan", new("Wgr art. 8 lid 2",
            "Een regeling met een gemeenschappelijk orgaan stelt één orgaan in, samengesteld uit leden van de deelnemers.",
            LawDates.Wgr1985), Error, [L.GemeenschappelijkOrgaan],
            i => i.Has(GemeenschappelijkOrgaan) || i.Has(Bestuur) ? [] : ["De regeling heeft geen gemeenschappelijk orgaan."]),

        // --- Bedrijfsvoeringsorganisatie ---
        new("bvo-voor-2015", new("Wgr art. 8 lid 3",
            "De bedrijfsvoeringsorganisatie bestaat pas sinds de wijziging van de Wgr per 1 januari 2015.",
            LawDates.Wgr1985, LawDates.Before2015), Error, [L.Bedrijfsvoeringsorganisatie],
            _ => ["Een bedrijfsvoeringsorganisatie kon vóór 1 januari 2015 niet worden ingesteld."]),
        new("bvo-collegeregeling", new("Wgr art. 8 lid 3",
            "Een bedrijfsvoeringsorganisatie wordt alleen bij een collegeregeling ingesteld.",
            LawDates.Wgr2015), Error, [L.Bedrijfsvoeringsorganisatie],
            i => i.RegelingType is RegelingType.College or RegelingType.Onbekend ? []
                : [$"Een bedrijfsvoeringsorganisatie kan niet bij een {i.RegelingType.Label().ToLowerInvariant()} worden ingesteld."]),
        new("bvo-een-bestuur", new("Wgr art. 14a",
            "Een bedrijfsvoeringsorganisatie heeft één bestuur; er is geen algemeen en dagelijks bestuur.",
            LawDates.Wgr2015), Error, [L.Bedrijfsvoeringsorganisatie],
            i => new[] { AlgemeenBestuur, DagelijksBestuur }.Where(i.Has).Select(t => $"Een bedrijfsvoeringsorganisatie heeft geen {Label(t)}.")
                .Concat(i.Has(Bestuur) ? [] : ["De bedrijfsvoeringsorganisatie heeft geen bestuur."])),
        new("bvo-bestuur-collegeleden", new("Wgr art. 14a",
            "Het bestuur van een bedrijfsvoeringsorganisatie bestaat uit leden van de colleges van de deelnemers.",
            LawDates.Wgr2015), Error, [L.Bedrijfsvoeringsorganisatie],
            i => i.MembersOf(Bestuur).Where(m => !CollegeFunctions.Contains(m.Function))
                .Select(m => $"{m.Name} ({Function(m.Function)}) is geen collegelid en kan niet in het bestuur van de bedrijfsvoeringsorganisatie.")),
        new("bvo-een-lid-per-deelnemer", new("Wgr art. 14a",
            "Elke deelnemer wijst één lid van het bestuur van de bedrijfsvoeringsorganisatie aan.",
            LawDates.Wgr2015), Error, [L.Bedrijfsvoeringsorganisatie],
            i => i.MembersOf(Bestuur).Where(m => m.Participant is not null)
                .GroupBy(m => m.Participant!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{g.Key} heeft {g.Count()} leden in het bestuur; één lid per deelnemer.")),
        new("bvo-deelnemer-zonder-lid", new("Wgr art. 14a",
            "Elke deelnemer is in het bestuur vertegenwoordigd, tenzij deelnemers samen één lid aanwijzen.",
            LawDates.Wgr2015), Warning, [L.Bedrijfsvoeringsorganisatie],
            i => i.Participants.Where(p => !i.MembersOf(Bestuur).Any(m => string.Equals(m.Participant, p, StringComparison.OrdinalIgnoreCase)))
                .Select(p => $"{p} heeft geen lid in het bestuur.")),

        // --- Forms without bodies of their own ---
        new("centrumgemeente-voor-2015", new("Wgr art. 8 lid 4",
            "De centrumgemeenteregeling staat pas sinds 1 januari 2015 in de Wgr.",
            LawDates.Wgr1985, LawDates.Before2015), Error, [L.Centrumgemeente],
            _ => ["Een centrumgemeenteregeling bestond vóór 1 januari 2015 niet als Wgr-vorm; het was een lichte regeling met mandaat."]),
        new("centrumgemeente-geen-eigen-bestuur", new("Wgr art. 8 lid 4",
            "Bij een centrumgemeenteregeling oefenen de organen van de centrumgemeente de bevoegdheden uit; er is geen eigen bestuur.",
            LawDates.Wgr2015), Error, [L.Centrumgemeente],
            i => i.BodiesOf(Boards).Select(b => b.Type).Distinct().Select(t => $"Een centrumgemeenteregeling heeft geen {Label(t)}.")),
        new("regeling-zonder-meer-geen-organen", new("Wgr art. 8",
            "Een regeling zonder meer stelt geen openbaar lichaam, gemeenschappelijk orgaan of bedrijfsvoeringsorganisatie in, en dus geen bestuur.",
            LawDates.Wgr1985), Error, [L.RegelingZonderMeer],
            i => i.BodiesOf(Boards).Select(b => b.Type).Distinct().Select(t => $"Een regeling zonder meer heeft geen {Label(t)}.")),

        // --- Private legal persons ---
        new("vennootschap-ava", new("BW 2:107 en 2:217",
            "Een NV of BV heeft een algemene vergadering van aandeelhouders: daar oefenen de deelnemers hun rol als eigenaar uit.",
            Bw1992), Warning, [L.Nv, L.Bv],
            i => i.Has(AlgemeneVergaderingVanAandeelhouders) ? [] : ["De vennootschap heeft geen algemene vergadering van aandeelhouders."]),
        new("stichting-geen-leden", new("BW 2:285 lid 1",
            "Een stichting heeft geen leden en geen aandeelhouders.",
            Bw1992), Error, [L.Stichting],
            i => i.Has(AlgemeneVergaderingVanAandeelhouders) ? ["Een stichting heeft geen algemene vergadering van aandeelhouders."] : []),
    ];

    static IEnumerable<string> DbComposition(GovernanceInput i)
    {
        if (!i.Has(DagelijksBestuur)) yield break;
        var db = i.MembersOf(DagelijksBestuur);
        var chair = i.MembersOf(Voorzitter).FirstOrDefault();
        var others = db.Count(m => chair is null || !m.IsPerson(chair.Name));
        if (others < 2) yield return $"Het dagelijks bestuur heeft naast de voorzitter {others} {(others == 1 ? "lid" : "leden")}; dat moeten er ten minste twee zijn.";
        if (chair is not null && !db.Any(m => m.IsPerson(chair.Name))) yield return $"De voorzitter, {chair.Name}, zit niet in het dagelijks bestuur.";
    }

    static IEnumerable<string> Chair(GovernanceInput i)
    {
        if (!i.Has(Voorzitter)) yield break;
        var chairs = i.MembersOf(Voorzitter);
        if (chairs.Count == 0) yield return "Er is geen voorzitter aangewezen.";
        else if (chairs.Count > 1) yield return $"Er zijn {chairs.Count} voorzitters; de voorzitter is één persoon.";
        foreach (var c in chairs.Where(c => !i.IsMemberOf(c.Name, AlgemeenBestuur)))
            yield return $"De voorzitter, {c.Name}, is geen lid van het algemeen bestuur.";
    }
}
