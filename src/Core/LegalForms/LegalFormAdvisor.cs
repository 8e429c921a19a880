using Verbonden.Core.Law;
using Verbonden.Core.Register;
using static Verbonden.Core.Register.LegalForm;

namespace Verbonden.Core.LegalForms;

/// <summary>A reason in the advice: Dutch text, its source (article or document), what it does, and the rule it came from.</summary>
public sealed record AdviceReason(string Text, string Source, RuleEffect Effect, string? Rule = null);

/// <summary>The advisor's verdict on one form.</summary>
/// <param name="Admissible">No rule of law forbids the form for this input on the advice date.</param>
/// <param name="MeetsRequirements">Admissible, and it gives what the participants asked for (e.g. the council role).</param>
/// <param name="Score">Weighted criterion score, 0 to 100 (see <see cref="Criteria.Total"/>).</param>
public sealed record FormOption(
    LegalForm Form, bool Admissible, bool MeetsRequirements, decimal Score,
    IReadOnlyList<AdviceReason> Reasons, IReadOnlyList<CriterionScore> Criteria);

/// <summary>The advice: every form judged under the law of <see cref="Date"/>, and at most one recommendation.</summary>
public sealed record AdviceResult(DateOnly Date, IReadOnlyList<FormOption> Options, LegalForm? Recommended, IReadOnlyList<AdviceReason> RecommendationReasons)
{
    public FormOption Option(LegalForm form) => Options.First(o => o.Form == form);
}

/// <summary>
/// The legal-form advisor (keuzehulp): applies <see cref="FormRules"/> to every form, scores every form on the
/// <see cref="Criteria"/>, and recommends the lightest form that is admissible and meets the requirements.
/// </summary>
/// <remarks>
/// "Lightest" follows <see cref="LightestFirst"/>: agreement, then the Wgr forms from light to heavy (seed 003 §2.2),
/// then the private legal persons, because the legislator prefers public law (seed 002 §1.7). The score does not
/// choose the form: it shows how each admissible form does on the criteria the participants care about.
/// </remarks>
public static class LegalFormAdvisor
{
    /// <summary>The forms in the order the advice lists them.</summary>
    public static readonly IReadOnlyList<LegalForm> Forms =
        [OpenbaarLichaam, GemeenschappelijkOrgaan, Bedrijfsvoeringsorganisatie, Centrumgemeente, RegelingZonderMeer,
         Nv, Bv, Stichting, Vereniging, Cooperatie, Overeenkomst];

    /// <summary>The order of preference for the recommendation.</summary>
    public static readonly IReadOnlyList<LegalForm> LightestFirst =
        [Overeenkomst, RegelingZonderMeer, Centrumgemeente, GemeenschappelijkOrgaan, Bedrijfsvoeringsorganisatie, OpenbaarLichaam,
         Vereniging, Stichting, Cooperatie, Bv, Nv];

    /// <param name="today">Used when the input names no date; pass the injected clock's date.</param>
    public static AdviceResult Advise(AdviceInput input, DateOnly today) => Advise(input, today, FormRules.All);

    /// <summary>Advises with another rule set (tests, or a jurist trying out a change in the law).</summary>
    public static AdviceResult Advise(AdviceInput input, DateOnly today, IReadOnlyList<FormRule> rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Participants.Count < 2) throw new DomainException("Een samenwerking heeft ten minste twee deelnemers.", "participants");
        if (input.Tasks.Count == 0) throw new DomainException("Noem ten minste één taak.", "tasks");
        var day = input.Date ?? today;
        var options = Forms.Select(form => Judge(form, input, day, rules)).ToList();
        var recommended = LightestFirst.Select(f => options.First(o => o.Form == f)).FirstOrDefault(o => o.MeetsRequirements);
        return new AdviceResult(day, options, recommended?.Form, recommended is null ? NoRecommendation(options) : Explain(recommended, options));
    }

    static FormOption Judge(LegalForm form, AdviceInput input, DateOnly day, IReadOnlyList<FormRule> rules)
    {
        var reasons = rules
            .Where(r => r.AppliesTo(form, input, day))
            .Select(r => new AdviceReason(r.Basis.Text, r.Basis.Article, r.Effect, r.Id))
            .OrderBy(r => r.Effect)
            .ToList();
        var admissible = reasons.All(r => r.Effect != RuleEffect.Refuses);
        var meets = admissible && reasons.All(r => r.Effect != RuleEffect.Unmet);
        var scores = Criteria.ScoresOf(form, input);
        return new FormOption(form, admissible, meets, Criteria.Total(scores), reasons, scores);
    }

    static List<AdviceReason> Explain(FormOption chosen, List<FormOption> options)
    {
        var reasons = new List<AdviceReason>
        {
            new($"{chosen.Form.Label()} is de lichtste vorm die de wet toelaat en die doet wat de deelnemers vragen.",
                FormRules.LightestForm.Article, RuleEffect.Supports),
        };
        reasons.AddRange(chosen.Reasons.Where(r => r.Effect == RuleEffect.Supports));
        foreach (var lighter in LightestFirst.TakeWhile(f => f != chosen.Form).Select(f => options.First(o => o.Form == f)))
        {
            var why = lighter.Reasons.FirstOrDefault(r => r.Effect == RuleEffect.Refuses) ?? lighter.Reasons.First(r => r.Effect == RuleEffect.Unmet);
            reasons.Add(new($"Lichter, maar valt af: {lighter.Form.Label()}. {why.Text}", why.Source, why.Effect, why.Rule));
        }
        if (FormGroups.Private.Contains(chosen.Form))
            reasons.Add(new(FormRules.PublicLawFirst.Text, FormRules.PublicLawFirst.Article, RuleEffect.Note));
        reasons.AddRange(chosen.Reasons.Where(r => r.Effect == RuleEffect.Note));
        return reasons;
    }

    static List<AdviceReason> NoRecommendation(List<FormOption> options) =>
        options.Any(o => o.Admissible)
            ? [new("Geen toelaatbare vorm doet alles wat de deelnemers vragen; heroverweeg de gewenste rol van de raad.", FormRules.LightestForm.Article, RuleEffect.Unmet)]
            : [new("Geen enkele vorm is toelaatbaar voor deze combinatie van taken, deelnemers en eisen; splits de taken of kies andere partners.", FormRules.LightestForm.Article, RuleEffect.Refuses)];
}
