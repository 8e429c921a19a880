using Verbonden.Core.Allocation;

namespace Verbonden.Core.Tests.Allocation;

public class AllocationValidatorTests
{
    static AllocationRequest Request(params LineRequest[] lines) => new()
    {
        Year = 2026,
        Participants =
        [
            new() { Id = "GM0175", Name = "Ommen", Measures = new() { ["inwoners"] = "17900" } },
            new() { Id = "GM0160", Name = "Hardenberg", Measures = new() { ["inwoners"] = "60500", ["uren"] = "120" } },
        ],
        Lines = [.. lines],
    };

    static IReadOnlyList<AllocationError> Errors(AllocationRequest r)
    {
        var (input, errors) = AllocationValidator.Validate(r);
        Assert.Equal(errors.Count == 0, input is not null);
        return errors;
    }

    [Fact]
    public void ValidRequest_BuildsTheInput()
    {
        var (input, errors) = AllocationValidator.Validate(Request(
            new LineRequest { Name = "Bestuursdienst", Method = "percentage", Amount = "1000.00", Percentages = new() { ["GM0175"] = "25", ["GM0160"] = "75" } },
            new LineRequest { Name = "Uren", Method = "tariff", Tariff = "87.5", Volume = "uren", Only = ["GM0160"] }));
        Assert.Empty(errors);
        Assert.Equal(Method.Percentage, input!.Lines[0].Method);
        Assert.Equal(25m, input.Lines[0].Percentages["GM0175"]);
        Assert.Equal("uren", input.Lines[1].Measure);
    }

    [Fact]
    public void UnknownMethod_NamesTheLine()
    {
        var e = Assert.Single(Errors(Request(new LineRequest { Name = "Huisvesting", Method = "magic", Amount = "10" })));
        Assert.Equal("lines[0].method", e.Field);
        Assert.Contains("'Huisvesting'", e.Message);
        Assert.Contains("'magic'", e.Message);
    }

    [Fact]
    public void MissingMeasure_NamesTheLineAndTheParticipant()
    {
        var e = Assert.Single(Errors(Request(new LineRequest { Name = "Uren", Method = "key", Amount = "10", Measure = "uren" })));
        Assert.Equal(("Uren", "GM0175"), (e.Line, e.Participant));
        Assert.Contains("participant 'GM0175' has no measure 'uren'", e.Message);
        Assert.Contains("Ommen", e.Bericht);
    }

    [Fact]
    public void PercentagesNotAddingUpTo100_AreRefused()
    {
        var e = Assert.Single(Errors(Request(new LineRequest
        {
            Name = "BOH", Method = "percentage", Amount = "10", Percentages = new() { ["GM0175"] = "25", ["GM0160"] = "70" },
        })));
        Assert.Contains("add up to 95, not 100", e.Message);
    }

    [Fact]
    public void NegativeVolume_NamesTheParticipant()
    {
        var r = Request(new LineRequest { Name = "Uren", Method = "tariff", Tariff = "10", Measure = "inwoners" });
        r.Participants![1].Measures!["inwoners"] = "-5";
        var e = Errors(r).First();
        Assert.Equal("GM0160", e.Participant);
        Assert.Contains("negative", e.Message);
    }

    [Fact]
    public void SubsetNamingAnUnknownParticipant_NamesLineAndParticipant()
    {
        var e = Assert.Single(Errors(Request(new LineRequest { Name = "Port of Zwolle", Method = "equal", Amount = "10", Only = ["GM0175", "GM9999"] })));
        Assert.Equal(("Port of Zwolle", "GM9999"), (e.Line, e.Participant));
    }

    [Fact]
    public void AllErrorsAreReportedAtOnce()
    {
        var errors = Errors(Request(
            new LineRequest { Name = "a", Method = "nope" },
            new LineRequest { Name = "b", Method = "equal", Amount = "1.001" },
            new LineRequest { Name = "c", Method = "budget", Budgets = new() { ["X"] = "5" } }));
        Assert.Equal(["lines[0].method", "lines[1].amount", "lines[2].budgets.X"], errors.Select(e => e.Field));
    }

    [Fact]
    public void MissingYearAndParticipants_AreReported()
    {
        var errors = Errors(new AllocationRequest { Lines = [new LineRequest { Name = "a", Method = "equal", Amount = "1" }] });
        Assert.Equal(["year", "participants"], errors.Select(e => e.Field));
    }

    [Fact]
    public void AmountOnATariffLine_IsRefusedRatherThanIgnored()
    {
        var e = Assert.Single(Errors(Request(new LineRequest { Name = "Uren", Method = "tariff", Tariff = "1", Measure = "inwoners", Amount = "500" })));
        Assert.Equal("lines[0].amount", e.Field);
    }

    [Fact]
    public void Scenarios_UnknownParticipantAndMissingJoinMeasureAreReported()
    {
        var r = Request(new LineRequest { Name = "Sleutel", Method = "key", Amount = "100", Measure = "inwoners" });
        r.Scenarios =
        [
            new() { Name = "weg", Type = "exit", Participant = "GM0001", Years = 2 },
            new() { Name = "erbij", Type = "join", Join = new() { Id = "GM0148", Measures = new() { ["uren"] = "1" } } },
        ];
        var errors = Errors(r);
        Assert.Equal([("scenarios[0].participant", "GM0001"), ("scenarios[1].join.measures", "GM0148")], errors.Select(e => (e.Field, e.Participant)));
    }

    [Fact]
    public void Report_ZeroWeightsInAScenarioComeBackAsAnError()
    {
        var r = Request(new LineRequest { Name = "Uren", Method = "key", Amount = "100", Measure = "uren" });
        r.Participants![0].Measures!["uren"] = "0";
        r.Scenarios = [new() { Name = "Hardenberg weg", Type = "exit", Participant = "GM0160", Years = 1 }];
        var (report, errors) = AllocationReport.Run(r);
        Assert.Null(report);
        var e = Assert.Single(errors);
        Assert.Contains("Scenario 'Hardenberg weg'", e.Message);
        Assert.Contains("Line 'Uren'", e.Message);
    }
}
