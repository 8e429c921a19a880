using Verbonden.Core.Allocation;
using static Verbonden.Core.Tests.Allocation.Build;

namespace Verbonden.Core.Tests.Allocation;

public partial class CostAllocatorTests
{
    static readonly Participant[] Three =
    [
        P("A", ("inwoners", 10_000m), ("uren", 120m), ("clienten", 3m)),
        P("B", ("inwoners", 20_000m), ("uren", 0m), ("clienten", 9m)),
        P("C", ("inwoners", 30_000m), ("uren", 80m), ("clienten", 0m)),
    ];

    [Fact]
    public void Key_DividesByTheMeasure()
    {
        var r = CostAllocator.Allocate(Input(Three, new Line("Bedrijfsvoering", Method.Key) { Amount = 600_000m, Measure = "inwoners" }));
        Assert.Equal([100_000m, 200_000m, 300_000m], r.Participants.Select(p => p.Total));
        Assert.Equal(600_000m, r.Total);
    }

    [Fact]
    public void Equal_DividesInEqualSharesWithTheCentToTheFirst()
    {
        var r = CostAllocator.Allocate(Input(Three, new Line("Directie", Method.Equal) { Amount = 1000m }));
        Assert.Equal([333.34m, 333.33m, 333.33m], r.Participants.Select(p => p.Total));
    }

    [Fact]
    public void Tariff_ChargesTariffTimesOwnVolumeRoundedToCents()
    {
        var r = CostAllocator.Allocate(Input(Three, new Line("Uren", Method.Tariff) { Tariff = 87.555m, Measure = "uren" }));
        // 120 × 87.555 = 10506.60; 0 × … = 0; 80 × 87.555 = 7004.40
        Assert.Equal([10_506.60m, 0m, 7_004.40m], r.Participants.Select(p => p.Total));
        Assert.Equal(17_511.00m, r.Lines[0].Total);
    }

    [Fact]
    public void Budget_ChargesTheAgreedBudgetAndNothingToOthers()
    {
        var r = CostAllocator.Allocate(Input(Three, new Line("Leerplicht", Method.Budget) { Budgets = Map(("A", 5000m), ("C", 7500.50m)) }));
        Assert.Equal([5000m, 0m, 7500.50m], r.Participants.Select(p => p.Total));
    }

    [Fact]
    public void Share_DividesActualCostByVolume()
    {
        var r = CostAllocator.Allocate(Input(Three, new Line("Schuldhulp", Method.Share) { Amount = 1200m, Measure = "clienten" }));
        Assert.Equal([300m, 900m, 0m], r.Participants.Select(p => p.Total));
    }

    [Fact]
    public void Only_LimitsALineToItsSubsetAndOthersPayNothing()
    {
        var r = CostAllocator.Allocate(Input(Three, new Line("Project", Method.Key) { Amount = 400m, Measure = "inwoners", Only = ["C", "A"] }));
        Assert.Equal([100m, 0m, 300m], r.Participants.Select(p => p.Total));
    }

    [Fact]
    public void Only_BreaksTiesByParticipantOrderNotBySubsetOrder()
    {
        var r = CostAllocator.Allocate(Input(Three, new Line("Project", Method.Equal) { Amount = 0.01m, Only = ["C", "A"] }));
        Assert.Equal(0.01m, r.Total("A"));
        Assert.Equal(0m, r.Total("C"));
    }

    [Fact]
    public void External_MarginOnOutsideCustomersLowersTheParticipantsBill()
    {
        var r = CostAllocator.Allocate(Input(Three,
            new Line("Uitvoering", Method.Key) { Amount = 60_000m, Measure = "inwoners" },
            new Line("Externe afnemers", Method.External)
            {
                Tariff = 50m, Surcharge = 15m, Measure = "inwoners",
                Customers = [new ExternalCustomer("Waterschap", 200m), new ExternalCustomer("Buurgemeente", 100m)],
            }));
        // Customers pay 50 × 1.15 × volume: 11,500 and 5,750; margin 1,500 + 750 = 2,250 goes back by inhabitants.
        Assert.Equal([11_500m, 5_750m], r.Customers.Select(c => c.Amount));
        Assert.Equal(-2_250m, r.Lines[1].Total);
        Assert.Equal([10_000m - 375m, 20_000m - 750m, 30_000m - 1_125m], r.Participants.Select(p => p.Total));
    }

    [Fact]
    public void Profit_IsPaidOutAsNegativeAmounts()
    {
        var r = CostAllocator.Allocate(Input(Three, new Line("Winst", Method.Profit) { Amount = 90m, Measure = "clienten" }));
        Assert.Equal([-22.50m, -67.50m, 0m], r.Participants.Select(p => p.Total));
    }

    [Fact]
    public void OutsidePoolLines_AreKeptApartFromThePooledTotal()
    {
        var r = CostAllocator.Allocate(Input(Three,
            new Line("Exploitatie", Method.Key) { Amount = 60m, Measure = "inwoners" },
            new Line("Opstart", Method.Equal) { Amount = 30m, Kind = LineKind.OneOff }));
        Assert.Equal([10m, 20m, 30m], r.Participants.Select(p => p.Pooled));
        Assert.Equal([10m, 10m, 10m], r.Participants.Select(p => p.OutsidePool));
        Assert.Equal(60m, r.PooledTotal);
        Assert.Equal(90m, r.Total);
    }

    [Fact]
    public void Key_AllZeroMeasureInScenarioFailsNamingTheLine()
    {
        var e = Assert.Throws<DomainException>(() => CostAllocator.Allocate(Input(Three,
            new Line("Project", Method.Key) { Amount = 10m, Measure = "uren", Only = ["B"] })));
        Assert.Contains("'Project'", e.Message);
    }
}
