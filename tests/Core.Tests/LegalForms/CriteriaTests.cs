using Verbonden.Core.LegalForms;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.LegalForms;

public sealed class CriteriaTests
{
    [Fact]
    public void All_has_the_four_provincial_the_eight_literature_and_three_ReiK_criteria()
    {
        Assert.Equal(4, Criteria.All.Count(c => c.Group == CriterionGroup.Provinciaal));
        Assert.Equal(8, Criteria.All.Count(c => c.Group == CriterionGroup.Literatuur));
        Assert.Equal(3, Criteria.All.Count(c => c.Group == CriterionGroup.ReiK));
        Assert.Equal(Criteria.All.Count, Criteria.All.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Scores_stay_between_minus_two_and_plus_two_for_every_form()
    {
        var input = (new AdviceBuilder() with { Goals = [.. Enum.GetValues<Goal>()], CouncilRole = CouncilRole.Bijrijder }).Build();
        Assert.All(LegalFormAdvisor.Forms, f => Assert.All(Criteria.ScoresOf(f, input), s => Assert.InRange(s.Value, -2m, 2m)));
    }

    [Fact]
    public void Total_maps_the_weighted_mean_onto_0_to_100()
    {
        Assert.Equal(100m, Criteria.Total([new("a", 2m, 1m), new("b", 2m, 3m)]));
        Assert.Equal(0m, Criteria.Total([new("a", -2m, 1m)]));
        Assert.Equal(75m, Criteria.Total([new("a", 2m, 1m), new("b", 0m, 1m)]));
        Assert.Equal(87.5m, Criteria.Total([new("a", 2m, 3m), new("b", 0m, 1m)]));
        Assert.Equal(50m, Criteria.Total([new("a", 2m, 0m)]));
    }

    [Fact]
    public void Flexibility_favours_the_light_forms()
    {
        // Ter Elst 2016 §6.1: the lighter the form, the more flexible.
        var input = new AdviceBuilder().Build();
        decimal Flex(LegalForm f) => Criteria.ScoresOf(f, input).Single(s => s.Criterion == "flexibiliteit").Value;
        Assert.True(Flex(LegalForm.RegelingZonderMeer) > Flex(LegalForm.Centrumgemeente));
        Assert.True(Flex(LegalForm.Centrumgemeente) > Flex(LegalForm.OpenbaarLichaam));
    }

    [Fact]
    public void Council_role_scores_follow_the_wish()
    {
        decimal Council(CouncilRole role, LegalForm f) =>
            Criteria.ScoresOf(f, (new AdviceBuilder() with { CouncilRole = role }).Build()).Single(s => s.Criterion == "betrokkenheid-raad").Value;
        Assert.Equal(2m, Council(CouncilRole.Bestuurder, LegalForm.OpenbaarLichaam));
        Assert.Equal(-2m, Council(CouncilRole.Bestuurder, LegalForm.Bedrijfsvoeringsorganisatie));
        Assert.Equal(2m, Council(CouncilRole.Achterbank, LegalForm.Bedrijfsvoeringsorganisatie));
    }

    [Fact]
    public void Weights_change_the_score_but_not_admissibility()
    {
        var plain = new AdviceBuilder().Advise();
        var flexOnly = (new AdviceBuilder() with { Weights = Criteria.All.ToDictionary(c => c.Id, c => c.Id == "flexibiliteit" ? 1m : 0m) }).Advise();
        Assert.Equal(100m, flexOnly.Option(LegalForm.RegelingZonderMeer).Score);
        Assert.Equal(0m, flexOnly.Option(LegalForm.OpenbaarLichaam).Score);
        Assert.Equal(plain.Options.Select(o => o.Admissible), flexOnly.Options.Select(o => o.Admissible));
        Assert.Equal(plain.Recommended, flexOnly.Recommended);
    }

    [Fact]
    public void Goals_average_over_the_chosen_goals()
    {
        // Kosten: BVO +2; kracht in de regio: BVO −1; together +0.5.
        var input = (new AdviceBuilder() with { Goals = [Goal.Kosten, Goal.KrachtInDeRegio] }).Build();
        Assert.Equal(0.5m, Criteria.ScoresOf(LegalForm.Bedrijfsvoeringsorganisatie, input).Single(s => s.Criterion == "doel").Value);
    }
}
