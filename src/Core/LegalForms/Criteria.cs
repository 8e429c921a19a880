using Verbonden.Core.Register;
using static Verbonden.Core.Register.LegalForm;

namespace Verbonden.Core.LegalForms;

public enum CriterionGroup { Provinciaal, Literatuur, ReiK }

/// <summary>
/// A criterion on which the advisor scores every form from −2 (−−) to +2 (++), ReiK-style (seed 002 ch. 6).
/// None is a hard rule; the user weighs them (default weight 1, 0 switches one off).
/// </summary>
/// <param name="Id">kebab-case id, the key in the input's <c>weights</c>.</param>
public sealed record Criterion(string Id, string Label, CriterionGroup Group, string Source, string Question, Func<LegalForm, AdviceInput, decimal> Score)
{
    public const decimal DefaultWeight = 1m;
    public const decimal MaxWeight = 10m;
}

/// <summary>
/// The criteria: the province of Overijssel's four (2014, seed 003 §4.2), the eight from the literature (seed 003
/// §4.3) and the three of ReiK's ten that are not already among them (seed 002 ch. 6).
/// </summary>
/// <remarks>
/// Fixed scores are read from the sources: lighter forms are more flexible and cheaper to set up but less durable
/// (seed 003 §6.1); the BVO is decisive with little bestuurlijke drukte (De Greef 2013, in seed 003 §4.1); a
/// centrumgemeente keeps the small municipality independent but makes the host dominant (seed 003 §4.1, Enschede–Losser);
/// public-law forms keep the staff's legal position (IPO 2014). Criteria about the choice of partners
/// (sociaaleconomisch en geografisch) do not tell forms apart and score 0 for all.
/// </remarks>
public static class Criteria
{
    /// <summary>The order of the values in each row of the matrices below.</summary>
    public static readonly IReadOnlyList<LegalForm> Columns =
        [OpenbaarLichaam, GemeenschappelijkOrgaan, Bedrijfsvoeringsorganisatie, Centrumgemeente, RegelingZonderMeer,
         Nv, Bv, Stichting, Vereniging, Cooperatie, Overeenkomst];

    //                                                  OL  GO BVO  CG RZM  NV  BV  ST VER COOP OVK
    static readonly Row Flexibility           = new(   -2,  0, -1,  1,  2, -1, -1,  0,  0,  0,  2);
    static readonly Row Durability            = new(    2,  1,  1,  0, -1,  1,  1,  1,  0,  1, -2);
    static readonly Row Lightness             = new(   -2, -1, -1,  1,  2, -2, -1, -1, -1, -1,  2);
    static readonly Row CooperationCosts      = new(   -2, -1,  0,  1,  1, -2, -1, -1, -1, -1,  1);
    static readonly Row OrganisationIdentity  = new(    1,  0,  1, -1,  0,  1,  1,  1,  0,  0,  0);
    static readonly Row Equivalence           = new(    1,  1,  2, -2,  1,  0,  0,  0,  1,  1,  1);
    static readonly Row CulturalIdentity      = new(   -1,  0, -1,  1,  1,  0,  0,  0,  0,  0,  1);
    static readonly Row StaffPosition         = new(    2,  0,  2,  1,  0, -1, -1, -1, -1, -1,  0);
    static readonly Row Risks                 = new(    1,  1,  1,  0,  2,  0,  0, -1,  0,  0,  1);
    static readonly Row LocalColour           = new(   -1,  0,  1,  1,  2, -1, -1, -1, -1, -1,  2);

    // Doel: how each form serves each of the five K's.
    static readonly Dictionary<Goal, Row> GoalFit = new()
    {
        [Goal.Kwaliteit]         = new(1,  0,  1,  1,  0,  1,  1,  1,  0,  1,  0),
        [Goal.Kosten]            = new(1,  0,  2,  2,  0,  1,  1,  1,  0,  1,  0),
        [Goal.Kwetsbaarheid]     = new(2,  0,  2,  1, -1,  1,  1,  1,  0,  0,  0),
        [Goal.KansenMedewerkers] = new(2,  0,  2,  1,  0,  1,  1,  1,  0,  0,  0),
        [Goal.KrachtInDeRegio]   = new(1,  1, -1,  0,  2,  0,  0,  1,  1,  1,  1),
    };

    // Aard van het takenpakket: fit of each form with each task type.
    static readonly Dictionary<TaskKind, Row> TaskFit = new()
    {
        [TaskKind.Bedrijfsvoering]   = new(1, -1,  2,  2,  0,  1,  1,  1,  0,  1,  1),
        [TaskKind.Beleidsuitvoering] = new(2,  1,  2,  1, -1,  0,  0,  0,  0,  0,  0),
        [TaskKind.Beleidsvorming]    = new(2,  1, -2, -1,  1, -2, -2, -1,  1, -1,  1),
    };

    // Betrokkenheid raad: fit with the council role (Vereniging van Griffiers).
    static readonly Dictionary<CouncilRole, Row> CouncilFit = new()
    {
        [CouncilRole.Achterbank] = new(0,  0,  2,  1,  1,  1,  1,  1,  1,  1,  1),
        [CouncilRole.Bijrijder]  = new(1,  1,  1,  1,  1, -2, -2, -2, -2, -2, -1),
        [CouncilRole.Bestuurder] = new(2,  2, -2, -1,  0, -2, -2, -2, -2, -2, -1),
    };

    // Keuzepartners: can these partners take part, and can others join later (ReiK: "zwaan-kleef-aan").
    static readonly Row OpenToJoin            = new(    1,  0,  1,  1,  1,  0,  0,  0,  2,  2,  2);
    static readonly Row WithPrivatePartners   = new(    0,  0, -2, -2, -2,  2,  2,  2,  2,  2,  2);
    static readonly Row WithOtherGovernments  = new(    1,  1,  1, -2,  1,  0,  0,  0,  0,  0,  1);

    public static readonly IReadOnlyList<Criterion> All =
    [
        new("doel", "Doel", CriterionGroup.Provinciaal, "Provincie Overijssel 2014 (Ter Elst 2016, §4.2)",
            "Dient de vorm de doelen: kwaliteit, kosten, kwetsbaarheid, kansen medewerkers, kracht in de regio?",
            (f, i) => Mean(i.Goals.Select(g => GoalFit[g][f]))),
        new("aard-takenpakket", "Aard van het takenpakket", CriterionGroup.Provinciaal, "Provincie Overijssel 2014 (Ter Elst 2016, §4.2)",
            "Past de vorm bij bedrijfsvoering, beleidsuitvoering of beleidsvorming?",
            (f, i) => Mean(i.Tasks.Select(t => TaskFit[t.Kind][f]))),
        new("keuzepartners", "Keuzepartners", CriterionGroup.Provinciaal, "Provincie Overijssel 2014 (Ter Elst 2016, §4.2)",
            "Kunnen de gekozen partners meedoen, en kunnen anderen later aansluiten?",
            (f, i) => i.AnyParticipant(p => p.Type == ParticipantType.Private) ? WithPrivatePartners[f]
                : i.AnyParticipant(p => p.Type != ParticipantType.Gemeente) ? WithOtherGovernments[f]
                : OpenToJoin[f]),
        new("betrokkenheid-raad", "Betrokkenheid raad", CriterionGroup.Provinciaal, "Provincie Overijssel 2014 (Ter Elst 2016, §4.2)",
            "Geeft de vorm de raad de gewenste rol: achterbank, bijrijder of bestuurder?",
            (f, i) => i.CouncilRole is { } role ? CouncilFit[role][f] : 0m),
        new("culturele-identiteit", "Culturele identiteit", CriterionGroup.Literatuur, "Boogers 2016 (Ter Elst 2016, §4.3)",
            "Behouden de deelnemers hun eigen cultuur en eigenheid?", (f, _) => CulturalIdentity[f]),
        new("sociaaleconomisch-geografisch", "Sociaaleconomisch en geografisch", CriterionGroup.Literatuur, "Boogers 2013 (Ter Elst 2016, §4.3)",
            "Sluiten de partners sociaaleconomisch en geografisch op elkaar aan? (Gaat over de partners, niet over de vorm.)", (_, _) => 0m),
        new("flexibiliteit", "Flexibiliteit", CriterionGroup.Literatuur, "Schaap & Van den Dool 2015 (Ter Elst 2016, §4.3)",
            "Kan de samenwerking snel inspelen op nieuwe taken en ontwikkelingen?", (f, _) => Flexibility[f]),
        new("identiteit-organisatie", "Identiteit organisatie", CriterionGroup.Literatuur, "Ter Elst 2016, §4.3",
            "Kunnen medewerkers zich met de (nieuwe) organisatie identificeren?", (f, _) => OrganisationIdentity[f]),
        new("duurzaamheid", "Duurzaamheid", CriterionGroup.Literatuur, "Ter Elst 2016, §4.3",
            "Is de samenwerking bestand tegen verkiezingen, crises en bezuinigingen?", (f, _) => Durability[f]),
        new("institutionele-structuur", "Basis en institutionele structuur", CriterionGroup.Literatuur, "Boogers 2013, 2016 (Ter Elst 2016, §4.3)",
            "Hoe licht en vrijblijvend is de structuur?", (f, _) => Lightness[f]),
        new("gelijkwaardigheid", "Gelijkwaardigheid", CriterionGroup.Literatuur, "Boogers 2013 (Ter Elst 2016, §4.3)",
            "Hebben de partners een gelijkwaardige stem?", (f, _) => Equivalence[f]),
        new("samenwerkingskosten", "Samenwerkingskosten", CriterionGroup.Literatuur, "Boogers 2013 (Ter Elst 2016, §4.3)",
            "Zijn de kosten van opzetten, overleg en besluitvorming laag?", (f, _) => CooperationCosts[f]),
        new("rechtspositie-personeel", "Rechtspositie personeel", CriterionGroup.ReiK, "ReiK (Korsten e.a. 2006, hoofdstuk 6)",
            "Behoudt het personeel zijn rechtspositie?", (f, _) => StaffPosition[f]),
        new("risicos", "Risico's", CriterionGroup.ReiK, "ReiK (Korsten e.a. 2006, hoofdstuk 6)",
            "Blijven de financiële en bedrijfsrisico's voor de deelnemers beperkt?", (f, _) => Risks[f]),
        new("couleur-locale", "Couleur locale", CriterionGroup.ReiK, "ReiK (Korsten e.a. 2006, hoofdstuk 6)",
            "Blijft er ruimte voor eigen lokale keuzes?", (f, _) => LocalColour[f]),
    ];

    public static Criterion? Find(string id) => All.FirstOrDefault(c => c.Id == id);

    /// <summary>The weight of <paramref name="criterion"/>: the user's, else <see cref="Criterion.DefaultWeight"/>.</summary>
    public static decimal WeightOf(Criterion criterion, AdviceInput input) =>
        input.Weights.TryGetValue(criterion.Id, out var w) ? w : Criterion.DefaultWeight;

    /// <summary>Scores of <paramref name="form"/> per criterion, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<CriterionScore> ScoresOf(LegalForm form, AdviceInput input) =>
        All.Select(c => new CriterionScore(c.Id, decimal.Round(c.Score(form, input), 2), WeightOf(c, input))).ToList();

    /// <summary>
    /// The weighted mean of the criterion scores mapped from −2…+2 onto 0…100, rounded to one decimal;
    /// 50 when every weight is zero.
    /// </summary>
    public static decimal Total(IReadOnlyList<CriterionScore> scores)
    {
        var weights = scores.Sum(s => s.Weight);
        if (weights == 0) return 50m;
        var mean = scores.Sum(s => s.Value * s.Weight) / weights;
        return decimal.Round((mean + 2m) * 25m, 1, MidpointRounding.AwayFromZero);
    }

    static decimal Mean(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0m : (decimal)list.Sum() / list.Count;
    }

    /// <summary>One row of a matrix: a value from −2 to +2 per form, in the order of <see cref="Columns"/>.</summary>
    sealed class Row
    {
        readonly int[] _values;

        public Row(params int[] values)
        {
            if (values.Length != Columns.Count) throw new ArgumentException($"A row needs {Columns.Count} values.", nameof(values));
            if (values.Any(v => v is < -2 or > 2)) throw new ArgumentOutOfRangeException(nameof(values), "Scores run from -2 to +2.");
            _values = values;
        }

        public int this[LegalForm form] => _values[IndexOf(form)];

        static int IndexOf(LegalForm form)
        {
            for (var i = 0; i < Columns.Count; i++) if (Columns[i] == form) return i;
            throw new ArgumentOutOfRangeException(nameof(form), form, "The advisor does not score this form.");
        }
    }
}

/// <summary>A form's score on one criterion (−2…+2) and the weight it counts with.</summary>
public sealed record CriterionScore(string Criterion, decimal Value, decimal Weight);
