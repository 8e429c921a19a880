using Verbonden.Core.Law;
using Verbonden.Core.Register;
using static Verbonden.Core.Governance.Severity;
using static Verbonden.Core.Register.LegalForm;

namespace Verbonden.Core.Governance;

public enum DecisionType
{
    Begroting, Jaarrekening, Kaderbrief, WijzigingRegeling, Toetreding, Uittreding, Opheffing,
    Tarieven, Formatie, Reorganisatie, ExternOnderzoek, BenoemingDirectie, Uitvoeringskader, Overig,
}

public enum DecisionFrequency { Wekelijks, Maandelijks, Jaarlijks, Incidenteel }

public enum DecisionUrgency { Laag, Normaal, Hoog }

/// <summary>The municipal involvement a decision needs: the council, the college, the civil service, or none (left to the cooperation).</summary>
public enum Involvement { Geen, Ambtelijk, College, Raad }

/// <summary>
/// One line of the besluitenlijst (seed 000 §2.2): a type of decision about the work organisation, how often and how
/// urgently it is taken, and the municipal involvement it needs; together they set the distance between policy and execution.
/// </summary>
/// <param name="StaffConsequences">The decision affects the staff of the work organisation (formation, location, working methods).</param>
/// <param name="WorksCouncilAdvice">The works council of the work organisation is asked for advice before the decision.</param>
public sealed record Decision(
    string Name, DecisionType Type, DecisionFrequency Frequency, DecisionUrgency Urgency, Involvement Involvement,
    bool StaffConsequences = false, bool WorksCouncilAdvice = false)
{
    /// <summary>Taken by the participating municipalities themselves, outside the work organisation's board.</summary>
    public bool TakenByMunicipalities => Involvement is Involvement.Raad or Involvement.College;
}

/// <summary>Checks of the besluitenlijst for gaps and overlaps (seed 000 §2.2 and §7.2; Wgr art. 1, 9, 34, 35).</summary>
public static class DecisionListRules
{
    static readonly LegalForm[] WithBudget = [OpenbaarLichaam, GemeenschappelijkOrgaan, Bedrijfsvoeringsorganisatie];
    static readonly LegalForm[] WithStaff = [OpenbaarLichaam, Bedrijfsvoeringsorganisatie, Nv, Bv, Stichting, Vereniging, Cooperatie];
    static readonly LegalForm[] WgrForms = [OpenbaarLichaam, GemeenschappelijkOrgaan, Bedrijfsvoeringsorganisatie, Centrumgemeente, RegelingZonderMeer];
    static readonly DecisionType[] RegelingDecisions = [DecisionType.WijzigingRegeling, DecisionType.Toetreding, DecisionType.Uittreding, DecisionType.Opheffing];

    static IEnumerable<string> Missing(GovernanceInput i, params DecisionType[] types) =>
        i.DecisionList.Count == 0 ? [] : types.Where(t => i.DecisionList.All(d => d.Type != t))
            .Select(t => $"De besluitenlijst noemt geen besluit over {Label(t)}.");

    public static readonly IReadOnlyList<GovernanceRule> All =
    [
        new("besluitenlijst-regeling", new("Wgr art. 9 lid 1",
            "De regeling bevat bepalingen over wijziging, toetreding, uittreding en opheffing; die besluiten horen op de besluitenlijst.",
            LawDates.Wgr1985), Warning, WgrForms, i => Missing(i, RegelingDecisions)),
        new("besluitenlijst-begroting", new("Wgr art. 34 lid 1",
            "Het algemeen bestuur stelt jaarlijks de begroting vast; dat besluit hoort op de besluitenlijst.",
            LawDates.Wgr1985), Warning, WithBudget, i => Missing(i, DecisionType.Begroting)),
        new("besluitenlijst-jaarrekening", new("Wgr art. 34b",
            "Het dagelijks bestuur zendt jaarlijks de (voorlopige) jaarrekening aan de raden; dat besluit hoort op de besluitenlijst.",
            LawDates.Wgr1985), Warning, WithBudget, i => Missing(i, DecisionType.Jaarrekening)),
        new("begroting-zonder-raad", new("Wgr art. 35 lid 3",
            "De raden kunnen een zienswijze geven op de ontwerpbegroting; de besluitenlijst moet de raad daarbij betrekken.",
            LawDates.Wgr1985), Warning, WithBudget,
            i => i.DecisionList.Where(d => d.Type == DecisionType.Begroting && d.Involvement != Involvement.Raad)
                .Select(d => $"Bij '{d.Name}' is de raad niet betrokken, terwijl de raden een zienswijze op de ontwerpbegroting kunnen geven.")),
        new("regeling-wijzigen-zonder-raad", new("Wgr art. 1 lid 2",
            "Wijzigen van, toetreden tot en uittreden uit de regeling vraagt toestemming van de raad.",
            LawDates.Wgr1985), Error, WgrForms,
            i => i.DecisionList.Where(d => d.Type is DecisionType.WijzigingRegeling or DecisionType.Toetreding or DecisionType.Uittreding && d.Involvement != Involvement.Raad)
                .Select(d => $"'{d.Name}' vraagt toestemming van de raad, maar de besluitenlijst betrekt de raad niet.")),
        new("raad-te-dicht-op-uitvoering", new(Sources.Besluitenlijst,
            "Besluiten die vaak of met spoed genomen worden, horen niet bij de raad: dat verkleint de afstand tussen beleid en uitvoering te veel.",
            DateOnly.MinValue), Warning, null,
            i => i.DecisionList.Where(d => d.Involvement == Involvement.Raad
                    && (d.Urgency == DecisionUrgency.Hoog || d.Frequency is DecisionFrequency.Wekelijks or DecisionFrequency.Maandelijks))
                .Select(d => $"'{d.Name}' is {(d.Urgency == DecisionUrgency.Hoog ? "spoedeisend" : Frequency(d.Frequency))} maar vraagt betrokkenheid van de raad.")),
        new("besluit-dubbel", new(Sources.Besluitenlijst,
            "Elk besluit staat één keer op de lijst, met één vorm van betrokkenheid.",
            DateOnly.MinValue), Warning, null,
            i => i.DecisionList.GroupBy(d => d.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"'{g.Key}' staat {g.Count()} keer op de besluitenlijst{(g.Select(d => d.Involvement).Distinct().Count() > 1 ? ", met verschillende betrokkenheid" : "")}.")),
        new("or-buiten-spel", new("WOR art. 25 lid 1",
            "De ondernemingsraad heeft adviesrecht over besluiten met gevolgen voor het personeel en over externe onderzoeken daarnaar; nemen de gemeenten zo'n besluit buiten de werkorganisatie om, dan staat de OR buiten spel (seed 000 §7.2).",
            LawDates.WorOverheid), Warning, WithStaff,
            i => i.DecisionList.Where(d => d.TakenByMunicipalities && !d.WorksCouncilAdvice
                    && (d.StaffConsequences || d.Type is DecisionType.Formatie or DecisionType.Reorganisatie or DecisionType.ExternOnderzoek))
                .Select(d => $"'{d.Name}' nemen de gemeenten buiten de werkorganisatie om; vraag de ondernemingsraad vooraf om advies.")),
    ];

    public static string Label(DecisionType t) => t switch
    {
        DecisionType.Begroting => "de begroting",
        DecisionType.Jaarrekening => "de jaarrekening",
        DecisionType.Kaderbrief => "de kaderbrief",
        DecisionType.WijzigingRegeling => "wijziging van de regeling",
        DecisionType.Toetreding => "toetreding",
        DecisionType.Uittreding => "uittreding",
        DecisionType.Opheffing => "opheffing",
        DecisionType.Tarieven => "de tarieven",
        DecisionType.Formatie => "de formatie",
        DecisionType.Reorganisatie => "reorganisatie",
        DecisionType.ExternOnderzoek => "een extern onderzoek",
        DecisionType.BenoemingDirectie => "benoeming van de directie",
        DecisionType.Uitvoeringskader => "het uitvoeringskader",
        _ => "overige zaken",
    };

    static string Frequency(DecisionFrequency f) => f == DecisionFrequency.Wekelijks ? "wekelijks" : "maandelijks";
}
