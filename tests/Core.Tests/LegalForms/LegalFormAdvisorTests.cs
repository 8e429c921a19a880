using Verbonden.Core.LegalForms;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.LegalForms;

public sealed class LegalFormAdvisorTests
{
    [Fact]
    public void Advise_lists_all_eleven_forms()
    {
        var advice = new AdviceBuilder().Advise();
        Assert.Equal(11, advice.Options.Count);
        Assert.Equal(LegalFormAdvisor.Forms, advice.Options.Select(o => o.Form));
    }

    [Fact]
    public void Advise_recommends_the_lightest_form_that_meets_the_requirements()
    {
        // Coordination only, no powers, no staff: an agreement is enough (Ter Elst 2016, recommendation 1).
        var advice = new AdviceBuilder().WithTask(holder: PowerHolder.Geen).Advise();
        Assert.Equal(LegalForm.Overeenkomst, advice.Recommended);
        Assert.Equal("Ter Elst 2016, aanbeveling 1", advice.RecommendationReasons[0].Source);
    }

    [Fact]
    public void Advise_explains_why_each_lighter_form_fell_away()
    {
        var advice = (new AdviceBuilder() with { OwnEmployer = true }).Advise();
        Assert.Equal(LegalForm.Bedrijfsvoeringsorganisatie, advice.Recommended);
        var lighter = advice.RecommendationReasons.Where(r => r.Text.StartsWith("Lichter, maar valt af", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, lighter.Count); // overeenkomst, regeling zonder meer, centrumgemeente, gemeenschappelijk orgaan
        Assert.Contains(lighter, r => r.Source == "Wgr art. 8 lid 2");
    }

    [Fact]
    public void Advise_prefers_public_law_over_a_private_legal_person()
    {
        // A stichting is admissible for ICT with own staff, but the Wgr forms come first (Korsten e.a. 2006, §1.7).
        var advice = (new AdviceBuilder() with { OwnEmployer = true }).WithTask(holder: PowerHolder.Geen).Advise();
        Assert.True(advice.Option(LegalForm.Stichting).Admissible);
        Assert.Equal(LegalForm.Bedrijfsvoeringsorganisatie, advice.Recommended);
    }

    [Fact]
    public void Advise_recommends_a_private_form_only_with_the_public_law_note()
    {
        // Only private forms in the rule set: the recommendation names the legislator's preference for public law.
        var rules = FormRules.All.Append(new FormRule("test-geen-wgr", new("Wgr art. 1 lid 1", "Test: geen Wgr-vorm.", DateOnly.MinValue),
            RuleEffect.Refuses, [.. FormGroups.Wgr, LegalForm.Overeenkomst], _ => true)).ToList();
        var advice = LegalFormAdvisor.Advise((new AdviceBuilder() with { OwnEmployer = true }).WithTask(holder: PowerHolder.Geen).Build(), new DateOnly(2026, 1, 1), rules);
        Assert.Equal(LegalForm.Vereniging, advice.Recommended);
        Assert.Contains(advice.RecommendationReasons, r => r.Source == FormRules.PublicLawFirst.Article);
    }

    [Fact]
    public void Advise_keeps_the_openbaar_lichaam_as_the_form_that_can_take_everything()
    {
        // Regulatory council powers in a medebewind task, own staff, a council that wants to drive: only the OL.
        var advice = (new AdviceBuilder() with { OwnEmployer = true, CouncilRole = CouncilRole.Bestuurder })
            .WithTask(TaskKind.Beleidsvorming, PowerHolder.Raad, regulatory: true, coGovernance: true).Advise();
        Assert.Equal(LegalForm.OpenbaarLichaam, advice.Recommended);
        Assert.Equal([LegalForm.OpenbaarLichaam], advice.Options.Where(o => o.MeetsRequirements).Select(o => o.Form));
    }

    [Fact]
    public void Advise_returns_no_recommendation_with_a_reason_when_nothing_is_admissible()
    {
        var rules = FormRules.All.Append(new FormRule("test-alles-verboden", new("Wgr art. 1 lid 1", "Test: niets mag.", DateOnly.MinValue),
            RuleEffect.Refuses, LegalFormAdvisor.Forms, _ => true)).ToList();
        var advice = LegalFormAdvisor.Advise(new AdviceBuilder().Build(), new DateOnly(2026, 1, 1), rules);
        Assert.Null(advice.Recommended);
        Assert.Equal(RuleEffect.Refuses, Assert.Single(advice.RecommendationReasons).Effect);
    }

    [Fact]
    public void Advise_returns_no_recommendation_when_admissible_forms_miss_the_requirements()
    {
        var rules = FormRules.All.Append(new FormRule("test-niets-past", new("Wgr art. 1 lid 1", "Test: niets past.", DateOnly.MinValue),
            RuleEffect.Unmet, LegalFormAdvisor.Forms, _ => true)).ToList();
        var advice = LegalFormAdvisor.Advise(new AdviceBuilder().Build(), new DateOnly(2026, 1, 1), rules);
        Assert.Null(advice.Recommended);
        Assert.Equal(RuleEffect.Unmet, Assert.Single(advice.RecommendationReasons).Effect);
    }

    [Fact]
    public void Advise_uses_today_when_the_input_has_no_date()
    {
        var input = new AdviceBuilder().Build() with { Date = null };
        var advice = LegalFormAdvisor.Advise(input, new DateOnly(2014, 6, 1));
        Assert.Equal(new DateOnly(2014, 6, 1), advice.Date);
        Assert.False(advice.Option(LegalForm.Bedrijfsvoeringsorganisatie).Admissible);
    }

    [Fact]
    public void Advise_refuses_a_cooperation_of_one()
    {
        var input = new AdviceBuilder { Participants = [new("Alleen", ParticipantType.Gemeente)] }.Build();
        var e = Assert.Throws<DomainException>(() => LegalFormAdvisor.Advise(input, new DateOnly(2026, 1, 1)));
        Assert.Equal("participants", e.Field);
    }
}
