using Verbonden.Core.Calendar;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.Calendar;

public class BudgetCycleTests
{
    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static StepDue Step(int year, CycleStep step, DateOnly? meeting = null, DateOnly? sent = null) =>
        BudgetCycle.Compute(new CycleFacts(LegalForm.OpenbaarLichaam, year, meeting, sent)).Get(step)
        ?? throw new Xunit.Sdk.XunitException($"no step {step}");

    [Theory]
    // The kaderbrief for 2024 is due in 2023, under the 2022 law: before 30 April → last day 29 April.
    [InlineData(2024, 2023, 4, 29)]
    // For 2023 the kaderbrief is due in April 2022, before the change of 1 July 2022: 15 April applies.
    [InlineData(2023, 2022, 4, 14)]
    // The first year with art. 34b: budget 2016, kaderbrief in 2015.
    [InlineData(2016, 2015, 4, 14)]
    public void Kaderbrief_FollowsTheLawInForceOnTheDeadline(int budgetYear, int y, int m, int d)
    {
        var s = Step(budgetYear, CycleStep.Kaderbrief);
        Assert.Equal(D(y, m, d), s.LastDay);
        Assert.Equal("art. 34b Wgr", s.Article);
    }

    [Fact]
    public void Kaderbrief_DidNotExistBefore2015()
    {
        var cycle = BudgetCycle.Compute(new CycleFacts(LegalForm.OpenbaarLichaam, 2015));
        Assert.Null(cycle.Get(CycleStep.Kaderbrief));
        Assert.NotNull(cycle.Get(CycleStep.OntwerpbegrotingNaarRaden));
    }

    [Theory]
    // 2022 law: twelve weeks (84 days) before the AB meeting.
    [InlineData(2025, "2024-07-03", "2024-04-10", 12)]
    // 2015 law: eight weeks.
    [InlineData(2020, "2019-07-03", "2019-05-08", 8)]
    // Before 2015: six weeks.
    [InlineData(2014, "2013-07-03", "2013-05-22", 6)]
    // A 12-week term ending on 1 July 2022 itself (meeting 23 September 2022) is the first under the new law.
    [InlineData(2023, "2022-09-23", "2022-07-01", 12)]
    // One day earlier the 12-week deadline would be 30 June 2022 (old law), and the 8-week deadline 28 July (new law):
    // no version is consistent, so the law on the meeting day (12 weeks) governs, flagged as transitional.
    [InlineData(2023, "2022-09-22", "2022-06-30", 12)]
    // An 8-week deadline on 30 June 2022 is the last under the old law.
    [InlineData(2023, "2022-08-25", "2022-06-30", 8)]
    public void DraftBudget_WeeksBeforeMeeting(int year, string meeting, string expected, int weeks)
    {
        var s = Step(year, CycleStep.OntwerpbegrotingNaarRaden, DateOnly.Parse(meeting));
        Assert.Equal(DateOnly.Parse(expected), s.LastDay);
        Assert.Equal(weeks * 7, DateOnly.Parse(meeting).DayNumber - s.LastDay.DayNumber);
        Assert.Equal("art. 35 lid 1 Wgr", s.Article);
    }

    [Fact]
    public void DraftBudget_InTheGapOfTheChange_IsFlaggedTransitional()
    {
        Assert.True(Step(2023, CycleStep.OntwerpbegrotingNaarRaden, D(2022, 9, 22)).Transitional);
        Assert.False(Step(2023, CycleStep.OntwerpbegrotingNaarRaden, D(2022, 9, 23)).Transitional);
        Assert.False(Step(2023, CycleStep.OntwerpbegrotingNaarRaden, D(2022, 8, 25)).Transitional);
    }

    [Fact]
    public void Zienswijze_RunsTwelveWeeksFromTheActualSending()
    {
        var s = Step(2027, CycleStep.Zienswijzen, D(2026, 7, 2), sent: D(2026, 4, 1));
        Assert.Equal(D(2026, 6, 24), s.LastDay);
        Assert.Equal("art. 35 lid 3 Wgr", s.Article);
    }

    [Fact]
    public void Zienswijze_WithoutSendingDate_EndsOnTheMeeting()
    {
        Assert.Equal(D(2026, 7, 2), Step(2027, CycleStep.Zienswijzen, D(2026, 7, 2)).LastDay);
        Assert.Equal(D(2019, 7, 2), Step(2020, CycleStep.Zienswijzen, D(2019, 7, 2)).LastDay);
    }

    [Theory]
    // 2022 law: two weeks after adoption, before 15 September. Adoption 1 July → 15 July.
    [InlineData(2025, "2024-07-01", "2024-07-15")]
    // Adoption on 5 September: two weeks would be 19 September, but 14 September is the last day.
    [InlineData(2025, "2024-09-05", "2024-09-14")]
    // Adoption on 31 August: exactly 14 September both ways.
    [InlineData(2025, "2024-08-31", "2024-09-14")]
    // 2015 law: before 1 August → 31 July.
    [InlineData(2020, "2019-07-25", "2019-07-31")]
    // Before 2015: before 15 July.
    [InlineData(2014, "2013-07-10", "2013-07-14")]
    // Adopted 20 July 2022: under the 2022 law (3 August), which is in force on that deadline.
    [InlineData(2023, "2022-07-20", "2022-08-03")]
    // Adopted 10 June 2022: deadline 24 June 2022, still under the 2015 law (same result: two weeks).
    [InlineData(2023, "2022-06-10", "2022-06-24")]
    public void BudgetToGs_TwoWeeksAndBeforeTheFixedDay(int year, string adopted, string expected)
    {
        var s = Step(year, CycleStep.BegrotingNaarGs, DateOnly.Parse(adopted));
        Assert.Equal(DateOnly.Parse(expected), s.LastDay);
        Assert.Equal("art. 34 lid 2 Wgr", s.Article);
    }

    [Fact]
    public void BudgetToGs_AcrossTheChange_UsesTheNewFixedDay()
    {
        // Adopted 10 August 2022: under the 2015 law it would already be late (1 August); under the 2022 law it is due 24 August.
        Assert.Equal(D(2022, 8, 24), Step(2023, CycleStep.BegrotingNaarGs, D(2022, 8, 10)).LastDay);
        Assert.Equal(new DateOnly(2022, 7, 1), Step(2023, CycleStep.BegrotingNaarGs, D(2022, 8, 10)).Rule.ValidFrom);
    }

    [Theory]
    [InlineData(2024, "2025-04-29")]   // accounts of 2024 in 2025: 30 April rule
    [InlineData(2021, "2022-04-14")]   // accounts of 2021 in April 2022: still 15 April
    [InlineData(2022, "2023-04-29")]   // accounts of 2022: 30 April
    public void ProvisionalAccounts_BeforeAprilOfTheNextYear(int year, string expected)
    {
        var s = Step(year, CycleStep.VoorlopigeJaarrekening);
        Assert.Equal(DateOnly.Parse(expected), s.LastDay);
        Assert.Equal("art. 34b Wgr", s.Article);
    }

    [Fact]
    public void Adoption_IsDueInTheYearBefore_AndAnnualAccountsBefore15July()
    {
        var cycle = BudgetCycle.Compute(new CycleFacts(LegalForm.OpenbaarLichaam, 2027));
        Assert.Equal(D(2026, 12, 31), cycle.Get(CycleStep.BegrotingVastgesteld)!.LastDay);
        Assert.Equal(D(2028, 7, 14), cycle.Get(CycleStep.JaarrekeningNaarGs)!.LastDay);
        Assert.Equal("art. 34a Wgr", cycle.Get(CycleStep.JaarrekeningNaarGs)!.Article);
    }

    [Fact]
    public void DefaultMeeting_IsAssumedAndStepsAreInDateOrder()
    {
        var cycle = BudgetCycle.Compute(new CycleFacts(LegalForm.OpenbaarLichaam, 2027));
        Assert.True(cycle.AbMeetingAssumed);
        Assert.Equal(D(2026, 7, 1), cycle.AbMeeting);
        Assert.Equal(7, cycle.Steps.Count);
        Assert.Equal(cycle.Steps.OrderBy(s => s.LastDay).Select(s => s.Step), cycle.Steps.Select(s => s.Step));
        Assert.All(cycle.Steps, s => Assert.StartsWith("art. ", s.Article));
    }

    [Theory]
    [InlineData(LegalForm.Bedrijfsvoeringsorganisatie, 7, false)]
    [InlineData(LegalForm.GemeenschappelijkOrgaan, 7, false)]
    [InlineData(LegalForm.WgrOnbekend, 7, true)]
    [InlineData(LegalForm.Centrumgemeente, 0, false)]
    [InlineData(LegalForm.Stichting, 0, false)]
    public void OnlyWgrBodiesHaveACycle_UnknownFormsAreFlagged(LegalForm form, int steps, bool flagged)
    {
        var cycle = BudgetCycle.Compute(new CycleFacts(form, 2027));
        Assert.Equal(steps, cycle.Steps.Count);
        Assert.Equal(flagged, cycle.FormUnknown);
    }

    [Fact]
    public void Rules_VersionsOfOneStepDoNotOverlap()
    {
        foreach (var g in CycleRules.All.GroupBy(r => r.Step))
        {
            var ordered = g.OrderBy(r => r.ValidFrom).ToList();
            for (var i = 1; i < ordered.Count; i++)
                Assert.Equal(ordered[i].ValidFrom.AddDays(-1), ordered[i - 1].ValidUntil);
            Assert.Null(ordered[^1].ValidUntil);
        }
    }
}
