using Verbonden.Core.Allocation;
using static Verbonden.Core.Tests.Allocation.Build;

namespace Verbonden.Core.Tests.Allocation;

/// <summary>
/// The cases of seed 003 (Overijssel 2016) and seed 000 §4.2/§7.1, worked out by hand. The shares and keys come
/// from the seeds; the euro amounts and measures are illustrative, chosen so that the rounding rule is exercised.
/// </summary>
public class SeedExampleTests
{
    [Fact]
    public void Boh_Bestuursdienst25_75_WithStartUpCostsFiftyFifty()
    {
        // BOH: "financieel een 25%-75% verhouding … voor respectievelijk Ommen en Hardenberg";
        // "De kosten werden in het begin traject 50-50 verdeeld."
        var input = Input([P("GM0175", "Ommen"), P("GM0160", "Hardenberg")],
            new Line("Bestuursdienst", Method.Percentage) { Amount = 48_123_456.79m, Percentages = Map(("GM0175", 25m), ("GM0160", 75m)) },
            new Line("Opstartkosten", Method.Equal) { Amount = 1_000_000.01m, Kind = LineKind.OneOff });

        var r = CostAllocator.Allocate(input);

        // 25% = 12,030,864.1975 and 75% = 36,092,592.5925: one cent is left, Ommen has the larger remainder (.75 > .25).
        Assert.Equal(12_030_864.20m, r.Amount("GM0175", "Bestuursdienst"));
        Assert.Equal(36_092_592.59m, r.Amount("GM0160", "Bestuursdienst"));
        // 50/50 of an odd cent: a tie, so the first participant in the input pays it.
        Assert.Equal(500_000.01m, r.Amount("GM0175", "Opstartkosten"));
        Assert.Equal(500_000.00m, r.Amount("GM0160", "Opstartkosten"));
        Assert.Equal(49_123_456.80m, r.Total);
        Assert.Equal(48_123_456.79m, r.PooledTotal);
    }

    static readonly Participant[] RegioZwolle =
    [
        P("GM0193", "Zwolle", ("inwoners", 125_000m)),
        P("GM0166", "Kampen", ("inwoners", 52_000m)),
        P("GM0119", "Meppel", ("inwoners", 33_000m)),
        P("GM0148", "Dalfsen", ("inwoners", 28_000m)),
        P("GM0180", "Staphorst", ("inwoners", 16_500m)),
    ];

    [Fact]
    public void RegioZwolle_OneEuroPerInhabitantPlusPortOfZwolleForThreeMembers()
    {
        // "Elke gemeente legt 1 euro per inwoner per jaar in"; "Als er een project van een paar gemeenten loopt betalen
        // die gemeenten extra geld. Voor Port of Zwolle waren dit bijvoorbeeld Zwolle, Kampen en Meppel."
        var input = Input(RegioZwolle,
            new Line("Bijdrage per inwoner", Method.PerCapita) { Tariff = 1m, Measure = "inwoners" },
            new Line("Port of Zwolle", Method.Key) { Amount = 150_000m, Measure = "inwoners", Only = ["GM0193", "GM0166", "GM0119"] });

        var r = CostAllocator.Allocate(input);

        Assert.Equal(254_500m, r.Lines[0].Total);
        // 150,000 × 125/210 = 89,285.714…, × 52/210 = 37,142.857…, × 33/210 = 23,571.428…: floors leave 2 cents,
        // which go to Meppel (.857) and Kampen (.714), not to Zwolle (.428).
        Assert.Equal(125_000m + 89_285.71m, r.Total("GM0193"));
        Assert.Equal(52_000m + 37_142.86m, r.Total("GM0166"));
        Assert.Equal(33_000m + 23_571.43m, r.Total("GM0119"));
        Assert.Equal(28_000m, r.Total("GM0148"));
        Assert.Equal(16_500m, r.Total("GM0180"));
    }

    [Fact]
    public void Olct_ProfitByCremationsToMembersOnly()
    {
        // "De winst … wordt verdeeld over de gemeenten die deelnemen … op basis van het aantal inwoners dat er dat jaar
        // gecremeerd is per gemeente." Tubbergen is listed but not a member: "Men deelt in rendement alleen als de
        // gemeente ook deelneemt".
        var input = Input(
            [P("GM0153", "Enschede", ("crematies", 1_500m)), P("GM0164", "Hengelo", ("crematies", 800m)),
             P("GM0141", "Almelo", ("crematies", 700m)), P("GM1774", "Oldenzaal", ("crematies", 300m)),
             P("GM0183", "Tubbergen", ("crematies", 200m))],
            new Line("Winstuitkering Crematoria Twente", Method.Profit)
            {
                Amount = 1_000_000m, Measure = "crematies", Only = ["GM0153", "GM0164", "GM0141", "GM1774"],
            });

        var r = CostAllocator.Allocate(input);

        // 1,000,000 × 1500/3300 = 454,545.4545… gets the one leftover cent; the others are floored.
        Assert.Equal(-454_545.46m, r.Total("GM0153"));
        Assert.Equal(-242_424.24m, r.Total("GM0164"));
        Assert.Equal(-212_121.21m, r.Total("GM0141"));
        Assert.Equal(-90_909.09m, r.Total("GM1774"));
        Assert.Equal(0m, r.Total("GM0183"));
        Assert.Equal(-1_000_000m, r.Total);
    }

    static AllocationInput WorkOrganisation(SettlementInput settlement) =>
        Input([P("A", ("inwoners", 60_000m), ("clienten", 100m)), P("B", ("inwoners", 40_000m), ("clienten", 50m))],
            new Line("Uitvoering", Method.Key) { Amount = 1_000_000m, Measure = "inwoners" },
            new Line("Cliënten", Method.Tariff) { Tariff = 1_000m, Measure = "clienten" })
        with { Settlement = settlement };

    static readonly SettlementInput Realised = new(SettlementMethod.Settle)
    {
        ActualAmounts = Map(("Uitvoering", 980_000m)),
        ActualMeasures = new Dictionary<string, IReadOnlyDictionary<string, decimal>> { ["A"] = Map(("clienten", 110m)), ["B"] = Map(("clienten", 40m)) },
    };

    [Fact]
    public void YearEnd_SettleEveryDifferenceWithTheParticipants()
    {
        var input = WorkOrganisation(Realised);
        var s = Settlement.Settle(input, CostAllocator.Allocate(input));

        // A: provisional 600,000 + 100 × 1,000; actual 588,000 + 110 × 1,000. B: 400,000 + 50,000 against 392,000 + 40,000.
        Assert.Equal([700_000m, 450_000m], s.Participants.Select(p => p.Provisional));
        Assert.Equal([698_000m, 432_000m], s.Participants.Select(p => p.Actual));
        Assert.Equal([-2_000m, -18_000m], s.Participants.Select(p => p.Settled));
        Assert.Null(s.Reserve);
    }

    [Fact]
    public void YearEnd_ReserveAbsorbsTheSurplusUpToItsCeilingAndTheExcessIsRefunded()
    {
        var input = WorkOrganisation(Realised with { Method = SettlementMethod.Reserve, ReserveBalance = 40_000m, ReserveCeiling = 50_000m });
        var s = Settlement.Settle(input, CostAllocator.Allocate(input));

        // Surplus 1,150,000 − 1,130,000 = 20,000 takes the reserve to 60,000; 10,000 above the ceiling is refunded
        // in proportion to the provisional contributions 700,000 : 450,000 (6,086.956… and 3,913.043…).
        Assert.Equal(new ReserveMovement(40_000m, 20_000m, 50_000m, 50_000m, 10_000m, 0m), s.Reserve);
        Assert.Equal([-6_086.96m, -3_913.04m], s.Participants.Select(p => p.Settled));
        Assert.Equal(-10_000m, s.SettledTotal);
    }

    [Fact]
    public void Exit_LeaverPaysItsShareOfFrictionalCostsLessTheStaffItTakesOver()
    {
        // Seed 000 §7.1: "dan lijkt het logischer dat de uittreder de medewerkers overneemt die door zijn vertrek
        // boventallig worden". C holds 20% of the pool; frictional costs 300,000 over three years.
        var input = Input([P("A", ("inwoners", 50_000m)), P("B", ("inwoners", 30_000m)), P("C", ("inwoners", 20_000m))],
            new Line("Werkorganisatie", Method.Key) { Amount = 1_000_000m, Measure = "inwoners" });
        var exit = new ExitScenario("C treedt uit", "C", FrictionalCosts: 300_000m, Years: 3, StaffTakenOver: 45_000m, FirstYear: 2027);

        var s = Scenarios.Run(input, CostAllocator.Allocate(input), exit);

        Assert.Equal([(500_000m, 625_000m), (300_000m, 375_000m), (200_000m, 0m)], s.Participants.Select(p => (p.Before, p.After)));
        Assert.Equal(60_000m, s.Exit!.LeaverPart);
        Assert.Equal(15_000m, s.Exit.Bill);
        Assert.Equal([(2027, 5_000m), (2028, 5_000m), (2029, 5_000m)], s.Exit.Instalments);
    }
}
