using Verbonden.Core.Allocation;
using static Verbonden.Core.Tests.Allocation.Build;

namespace Verbonden.Core.Tests.Allocation;

public class ScenarioAndYearEndTests
{
    static readonly Participant[] Three = [P("A", ("inwoners", 50_000m)), P("B", ("inwoners", 30_000m)), P("C", ("inwoners", 20_000m))];

    static AllocationInput Base(params Line[] extra) =>
        Input(Three, [new Line("Werkorganisatie", Method.Key) { Amount = 1_000_000m, Measure = "inwoners" }, .. extra]);

    [Fact]
    public void Exit_StaffWorthMoreThanTheLeaversPartLeavesNoBill()
    {
        var input = Base();
        var s = Scenarios.Run(input, CostAllocator.Allocate(input), new ExitScenario("x", "C", 100_000m, 2, 50_000m, 2027));
        Assert.Equal(20_000m, s.Exit!.LeaverPart);
        Assert.Equal(0m, s.Exit.Bill);
        Assert.All(s.Exit.Instalments, i => Assert.Equal(0m, i.Amount));
    }

    [Fact]
    public void Exit_InstalmentsAddUpWithTheLeftoverCentInTheFirstYear()
    {
        var input = Base();
        var s = Scenarios.Run(input, CostAllocator.Allocate(input), new ExitScenario("x", "C", 50_000.05m, 3, 0m, 2027));
        // 20% of 50,000.05 = 10,000.01; in three years 3,333.34 + 3,333.34 + 3,333.33.
        Assert.Equal(10_000.01m, s.Exit!.Bill);
        Assert.Equal([3_333.34m, 3_333.34m, 3_333.33m], s.Exit.Instalments.Select(i => i.Amount));
    }

    [Fact]
    public void Exit_PercentagesAreReweightedAndTheLeaversProjectEnds()
    {
        var input = Base(
            new Line("Directie", Method.Percentage) { Amount = 900m, Percentages = Map(("A", 50m), ("B", 25m), ("C", 25m)) },
            new Line("Project C", Method.Equal) { Amount = 500m, Only = ["C"] });
        var s = Scenarios.Run(input, CostAllocator.Allocate(input), new ExitScenario("x", "C", 0m, 1, 0m, 2027));
        // 50 : 25 over the remaining two = 600 : 300; the project of C alone is gone.
        Assert.Equal(600m, s.After.Amount("A", "Directie"));
        Assert.Equal(300m, s.After.Amount("B", "Directie"));
        Assert.DoesNotContain(s.After.Lines, l => l.Name == "Project C");
        Assert.Equal(1_000_900m, s.TotalAfter);
    }

    [Fact]
    public void Join_NewParticipantTakesItsShareAndOthersPayLess()
    {
        var input = Base();
        var s = Scenarios.Run(input, CostAllocator.Allocate(input), new JoinScenario("D treedt toe", P("D", ("inwoners", 100_000m))));
        Assert.Equal([(500_000m, 250_000m), (300_000m, 150_000m), (200_000m, 100_000m), (0m, 500_000m)],
            s.Participants.Select(p => (p.Before, p.After)));
    }

    [Fact]
    public void MeasureChange_ShowsBeforeAndAfterPerParticipant()
    {
        var input = Base();
        var s = Scenarios.Run(input, CostAllocator.Allocate(input), new MeasureScenario("B groeit", "B", "inwoners", 80_000m));
        // 50 : 80 : 20 of 150,000 inhabitants: every remainder is a third of a cent, so the tie cent goes to A.
        Assert.Equal([333_333.34m, 533_333.33m, 133_333.33m], s.Participants.Select(p => p.After));
        Assert.Equal([-166_666.66m, 233_333.33m, -66_666.67m], s.Participants.Select(p => p.Difference));
    }

    [Fact]
    public void Reserve_DeficitBelowZeroIsChargedToTheParticipants()
    {
        var input = Base() with
        {
            Settlement = new SettlementInput(SettlementMethod.Reserve) { ActualAmounts = Map(("Werkorganisatie", 1_030_000m)), ReserveBalance = 10_000m },
        };
        var s = Settlement.Settle(input, CostAllocator.Allocate(input));
        // Deficit 30,000; the reserve covers 10,000; 20,000 is charged 50 : 30 : 20.
        Assert.Equal(new ReserveMovement(10_000m, -30_000m, 0m, null, 0m, 20_000m), s.Reserve);
        Assert.Equal([10_000m, 6_000m, 4_000m], s.Participants.Select(p => p.Settled));
    }

    [Fact]
    public void Reserve_OneOffDifferencesAreSettledDirectlyNotThroughTheReserve()
    {
        var input = Base(new Line("Ontvlechting", Method.Equal) { Amount = 3_000m, Kind = LineKind.Disentanglement }) with
        {
            Settlement = new SettlementInput(SettlementMethod.Reserve) { ActualAmounts = Map(("Ontvlechting", 6_000m)), ReserveBalance = 0m },
        };
        var s = Settlement.Settle(input, CostAllocator.Allocate(input));
        Assert.Equal(0m, s.Reserve!.Result);
        Assert.Equal([1_000m, 1_000m, 1_000m], s.Participants.Select(p => p.Settled));
    }

    [Fact]
    public void Budget_LinesAreNotSettled()
    {
        var input = Input(Three, new Line("Vast", Method.Budget) { Budgets = Map(("A", 100m)) }) with
        {
            Settlement = new SettlementInput(SettlementMethod.Settle)
            {
                ActualMeasures = new Dictionary<string, IReadOnlyDictionary<string, decimal>> { ["A"] = Map(("inwoners", 1m)) },
            },
        };
        var s = Settlement.Settle(input, CostAllocator.Allocate(input));
        Assert.All(s.Participants, p => Assert.Equal(0m, p.Settled));
    }

    [Fact]
    public void MultiYear_IndexesYearlyAndUsesTheMeasuresOfEachYear()
    {
        var input = Base(new Line("Opstart", Method.Equal) { Amount = 300m, Kind = LineKind.OneOff }) with
        {
            Period = new PeriodInput(3, 2m)
            {
                Measures = new Dictionary<int, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>>
                {
                    [2027] = new Dictionary<string, IReadOnlyDictionary<string, decimal>> { ["C"] = Map(("inwoners", 70_000m)) },
                },
            },
        };
        var p = MultiYear.Allocate(input);
        Assert.Equal([2026, 2027, 2028], p.Years);
        // 1,000,000 → 1,020,000 → 1,040,400; the one-off line only in 2026; C grows to 70,000 of 150,000 from 2027.
        Assert.Equal([1_000_300m, 1_020_000m, 1_040_400m], p.Totals);
        Assert.Equal([200_100m, 476_000m, 485_520m], p.Participants[2].Amounts);
        Assert.Equal(p.Total, p.Participants.Sum(r => r.Total));
    }
}
