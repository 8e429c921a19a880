using Verbonden.Core.Law;
using Verbonden.Core.Register;
using static Verbonden.Core.LegalForms.RuleEffect;
using static Verbonden.Core.Register.LegalForm;

namespace Verbonden.Core.LegalForms;

/// <summary>
/// The rules the legal-form advisor applies (DOMAIN.md §3), each with its article and period. Sources: Wgr art. 1
/// and 8 (forms; the BVO and the centrumgemeenteregeling since 1 January 2015), Awb title 10.1 (mandaat,
/// delegatie), Gemeentewet art. 108 and 160, BW book 2.
/// </summary>
/// <remarks>
/// Rules are data: to follow a change in the law, end the old rule with <see cref="Provision.ValidTo"/> and add the
/// new one with its own <see cref="Provision.ValidFrom"/>; never edit a rule in place, or old cases change answer.
/// </remarks>
public static class FormRules
{
    static readonly DateOnly Always = DateOnly.MinValue;
    static readonly DateOnly Bw1992 = new(1992, 1, 1);
    static readonly DateOnly Gemeentewet1994 = new(1994, 1, 1);
    static readonly DateOnly Dualisering = new(2002, 3, 7);

    static bool Regulatory(AdviceInput i) => i.AnyTask(t => t.Regulatory);
    static bool CoGovernance(AdviceInput i) => i.AnyTask(t => t.CoGovernance);
    static bool RaadPower(AdviceInput i) => i.AnyTask(t => t.PowerHolder == PowerHolder.Raad);
    static bool PowerWithoutRules(AdviceInput i) => i.NeedsPower && !Regulatory(i);

    public static readonly IReadOnlyList<FormRule> All =
    [
        // --- Staff and contracts need legal personality (DOMAIN.md §3, hard rule 1) ---
        new("werkgever-gemeenschappelijk-orgaan", new("Wgr art. 8 lid 2",
            "Een gemeenschappelijk orgaan heeft geen rechtspersoonlijkheid: het kan geen eigen personeel in dienst nemen en geen contracten sluiten.",
            LawDates.Wgr1985), Refuses, [GemeenschappelijkOrgaan], i => i.OwnEmployer),
        new("werkgever-centrumgemeente", new("Wgr art. 8 lid 4",
            "Een centrumgemeenteregeling stelt geen nieuwe rechtspersoon in: het personeel komt in dienst van de centrumgemeente, niet van de samenwerking.",
            LawDates.Wgr2015), Refuses, [Centrumgemeente], i => i.OwnEmployer),
        new("werkgever-regeling-zonder-meer", new("Wgr art. 1 lid 1",
            "Een regeling zonder meer stelt geen orgaan en geen rechtspersoon in: er is geen werkgever en niemand die namens de samenwerking contracten sluit.",
            LawDates.Wgr1985), Refuses, [RegelingZonderMeer], i => i.OwnEmployer),
        new("werkgever-overeenkomst", new("BW 6:213",
            "Een overeenkomst of convenant is geen rechtspersoon: er is geen werkgever en geen partij die zelf contracten sluit.",
            Bw1992), Refuses, [Overeenkomst], i => i.OwnEmployer),
        new("rechtspersoon-openbaar-lichaam", new("Wgr art. 8 lid 1",
            "Het openbaar lichaam bezit rechtspersoonlijkheid: het kan personeel in dienst nemen en contracten sluiten.",
            LawDates.Wgr1985), Supports, [OpenbaarLichaam], i => i.OwnEmployer),
        new("rechtspersoon-bedrijfsvoeringsorganisatie", new("Wgr art. 8 lid 3",
            "De bedrijfsvoeringsorganisatie bezit rechtspersoonlijkheid: zij kan personeel in dienst nemen en contracten sluiten.",
            LawDates.Wgr2015), Supports, [Bedrijfsvoeringsorganisatie], i => i.OwnEmployer),
        new("rechtspersoon-privaat", new("BW 2:3",
            "Een NV, BV, stichting, vereniging of coöperatie bezit rechtspersoonlijkheid en kan personeel in dienst nemen en contracten sluiten.",
            Bw1992), Supports, FormGroups.Private, i => i.OwnEmployer),

        // --- The 2015 forms do not exist before 1 January 2015 ---
        new("bedrijfsvoeringsorganisatie-voor-2015", new("Wgr art. 8 lid 3",
            "De bedrijfsvoeringsorganisatie bestaat pas sinds de wijziging van de Wgr per 1 januari 2015.",
            LawDates.Wgr1985, LawDates.Before2015), Refuses, [Bedrijfsvoeringsorganisatie], _ => true),
        new("centrumgemeente-voor-2015", new("Wgr art. 8 lid 4",
            "De centrumgemeenteregeling staat pas sinds de wijziging van de Wgr per 1 januari 2015 in de wet; daarvoor werkte een centrumgemeente in mandaat op basis van een lichte regeling.",
            LawDates.Wgr1985, LawDates.Before2015), Refuses, [Centrumgemeente], _ => true),

        // --- Bedrijfsvoeringsorganisatie: college powers, operational tasks only (DOMAIN.md §3, hard rule 2) ---
        new("bedrijfsvoeringsorganisatie-alleen-college", new("Wgr art. 8 lid 3",
            "Een bedrijfsvoeringsorganisatie kan alleen bij een collegeregeling worden ingesteld: zij krijgt geen bevoegdheden van de raad of de burgemeester.",
            LawDates.Wgr2015), Refuses, [Bedrijfsvoeringsorganisatie],
            i => i.AnyTask(t => t.PowerHolder is PowerHolder.Raad or PowerHolder.Burgemeester)),
        new("bedrijfsvoeringsorganisatie-geen-beleidsvorming", new("Wgr art. 8 lid 3",
            "Een bedrijfsvoeringsorganisatie is er voor bedrijfsvoering en uitvoering; beleidsvormende taken passen er niet in, omdat zij geen interne verantwoordingsstructuur heeft.",
            LawDates.Wgr2015), Refuses, [Bedrijfsvoeringsorganisatie], i => i.AnyTask(t => t.Kind == TaskKind.Beleidsvorming)),
        new("bedrijfsvoeringsorganisatie-geen-regelgeving", new("Wgr art. 8 lid 3",
            "Aan een bedrijfsvoeringsorganisatie kunnen geen regelgevende (verordenende) bevoegdheden worden overgedragen.",
            LawDates.Wgr2015), Refuses, [Bedrijfsvoeringsorganisatie], Regulatory),
        new("bedrijfsvoeringsorganisatie-alleen-colleges", new("Wgr art. 8 lid 3",
            "Aan een bedrijfsvoeringsorganisatie nemen alleen colleges van gemeenten, provincies of waterschappen deel; het Rijk en private partijen kunnen niet meedoen.",
            LawDates.Wgr2015), Refuses, [Bedrijfsvoeringsorganisatie],
            i => i.AnyParticipant(p => p.Type is ParticipantType.Rijk or ParticipantType.Private)),

        // --- Gemeenschappelijk orgaan: no regulatory or tax powers (DOMAIN.md §3, hard rule 3) ---
        new("gemeenschappelijk-orgaan-geen-regelgeving", new("Wgr art. 8 lid 2",
            "Aan een gemeenschappelijk orgaan kunnen geen bevoegdheden tot het vaststellen van algemeen verbindende voorschriften of tot belastingheffing worden overgedragen.",
            LawDates.Wgr1985), Refuses, [GemeenschappelijkOrgaan], Regulatory),

        // --- Mandate: never for generally binding rules, not for council powers (DOMAIN.md §3, hard rule 4) ---
        new("regelgeving-niet-in-mandaat", new("Awb 10:3 lid 2",
            "Mandaat tot het vaststellen van algemeen verbindende voorschriften wordt niet verleend, en buiten de Wgr-organen voorziet de wet niet in delegatie: deze vorm kan geen regelgeving voor de deelnemers maken.",
            LawDates.AwbMandaat), Refuses, FormGroups.ByMandate, Regulatory),
        new("raadsbevoegdheid-niet-in-mandaat", new("Awb 10:3 lid 1",
            "Mandaat wordt niet verleend als de aard van de bevoegdheid zich ertegen verzet; bevoegdheden van de raad kunnen alleen worden overgedragen aan het bestuur van een openbaar lichaam of een gemeenschappelijk orgaan.",
            LawDates.AwbMandaat), Refuses, FormGroups.ByMandate, RaadPower),
        new("centrumgemeente-alleen-gemeenten", new("Wgr art. 8 lid 4",
            "Een centrumgemeenteregeling is een regeling tussen gemeenten: één gemeente voert taken uit voor de andere.",
            LawDates.Wgr2015), Refuses, [Centrumgemeente], i => i.AnyParticipant(p => p.Type != ParticipantType.Gemeente)),
        new("regeling-zonder-meer-geen-bevoegdheden", new("Wgr art. 8 lid 4",
            "Sinds 1 januari 2015 loopt mandaat aan een andere gemeente via de centrumgemeenteregeling; een regeling zonder meer stelt geen orgaan in en draagt geen bevoegdheden over.",
            LawDates.Wgr2015), Refuses, [RegelingZonderMeer], i => i.NeedsPower),
        new("regeling-zonder-meer-lichte-regeling", new("Awb 10:4 lid 1",
            "Vóór 2015 kende de Wgr geen centrumgemeenteregeling: een gemeente kon in een lichte regeling taken voor de andere uitvoeren in mandaat, met instemming van die gemeente.",
            LawDates.AwbMandaat, LawDates.Before2015), Note, [RegelingZonderMeer], PowerWithoutRules),
        new("centrumgemeente-mandaatgever", new("Awb 10:6, 10:7 en 10:8",
            "De gemeenten die mandaat geven, kunnen instructies geven (10:6), blijven zelf bevoegd (10:7) en kunnen het mandaat intrekken (10:8).",
            LawDates.Wgr2015), Note, [Centrumgemeente], i => i.NeedsPower),
        new("mandaat-met-instemming", new("Awb 10:4 lid 1",
            "Publiekrechtelijke bevoegdheden kan deze vorm alleen in mandaat uitoefenen; mandaat aan wie niet onder verantwoordelijkheid van de mandaatgever werkt, vraagt zijn instemming.",
            LawDates.AwbMandaat), Note, FormGroups.PrivateAndAgreement, PowerWithoutRules),

        // --- Medebewind only in public law (DOMAIN.md §3, hard rule 5; seed 002 §1.7) ---
        new("medebewind-publiekrecht", new("Gemeentewet art. 108 lid 2",
            "Een medebewindstaak is bij hogere wet aan het gemeentebestuur opgedragen en kan alleen in een publiekrechtelijke vorm (Wgr) gezamenlijk worden uitgevoerd (tweewegenleer).",
            Gemeentewet1994), Refuses, FormGroups.PrivateAndAgreement, CoGovernance),

        // --- Who can take part ---
        new("regeling-alleen-bestuursorganen", new("Wgr art. 1 lid 1",
            "Een regeling zonder meer treffen raden, colleges en burgemeesters; een private partij kan er geen partij bij zijn.",
            LawDates.Wgr1985), Refuses, [RegelingZonderMeer], i => i.AnyParticipant(p => p.Type == ParticipantType.Private)),
        new("private-deelnemer-openbaar-lichaam", new("Wgr art. 1 lid 1",
            "Een private partij kan alleen onder voorwaarden deelnemen aan een openbaar lichaam of gemeenschappelijk orgaan (toestemming, bekendmaking); reken op een zwaardere procedure.",
            LawDates.Wgr1985), Note, [OpenbaarLichaam, GemeenschappelijkOrgaan], i => i.AnyParticipant(p => p.Type == ParticipantType.Private)),

        // --- Council consent and council influence (DOMAIN.md §3, hard rule 6; seed 003 §4.2) ---
        new("toestemming-raad", new("Wgr art. 1 lid 2",
            "Het college of de burgemeester treft de regeling pas na toestemming van de raad; die toestemming kan alleen worden onthouden wegens strijd met het recht of het algemeen belang.",
            LawDates.Wgr1985), Note, FormGroups.Wgr, i => !i.Tasks.All(t => t.PowerHolder == PowerHolder.Raad)),
        new("deelneming-privaat", new("Gemeentewet art. 160 lid 2",
            "Het college besluit alleen tot oprichting van of deelneming in een privaatrechtelijke rechtspersoon als dat in het bijzonder aangewezen is voor het openbaar belang; de raad kan vooraf wensen en bedenkingen uiten.",
            Dualisering), Note, FormGroups.Private, i => i.AnyParticipant(p => p.Type == ParticipantType.Gemeente)),
        new("raad-als-bijrijder", new("Wgr art. 1 lid 2",
            "De raad als bijrijder wil vooraf toestemming geven en geïnformeerd worden; de Wgr waarborgt dat (toestemming, art. 1 lid 2; inlichtingen, art. 16 en 17). Bij deze vorm heeft de raad alleen indirect invloed via het college.",
            LawDates.Wgr1985), Unmet, FormGroups.PrivateAndAgreement, i => i.CouncilRole == CouncilRole.Bijrijder),
        new("raad-als-bestuurder", new("Wgr art. 13 lid 1",
            "De raad als bestuurder wijst zelf de leden van het algemeen bestuur aan (raads- of gemengde regeling); dat kan alleen bij een openbaar lichaam of een gemeenschappelijk orgaan.",
            LawDates.Wgr1985), Unmet,
            [Bedrijfsvoeringsorganisatie, Centrumgemeente, RegelingZonderMeer, .. FormGroups.PrivateAndAgreement],
            i => i.CouncilRole == CouncilRole.Bestuurder),
    ];

    /// <summary>Soft rule: the lightest form the law allows (seed 003, recommendation 1).</summary>
    public static readonly Provision LightestForm = new("Ter Elst 2016, aanbeveling 1",
        "Kies de lichtste vorm die de wet toelaat en die doet wat de deelnemers vragen: dat houdt de samenwerking flexibel en slagvaardig.", Always);

    /// <summary>Soft rule: public law first, for its guarantees (seed 002 §1.7).</summary>
    public static readonly Provision PublicLawFirst = new("Korsten e.a. 2006, §1.7",
        "De wetgever geeft de voorkeur aan publiekrecht vanwege de waarborgen van openbaarheid, democratie en controle; een privaatrechtelijke rechtspersoon komt pas in beeld als geen Wgr-vorm past.", Always);
}
