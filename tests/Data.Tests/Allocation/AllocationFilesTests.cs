using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Allocation;
using Verbonden.Core.Register;
using Verbonden.Data.Allocation;
using Verbonden.Data.Import;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Allocation;

public class AllocationFilesTests
{
    const string Boh = """
        {
          "year": 2026,
          "participants": [
            {"id": "GM0175", "name": "Ommen", "measures": {"inwoners": 17900}},
            {"id": "GM0160", "name": "Hardenberg", "measures": {"inwoners": "60500"}}
          ],
          "lines": [
            {"name": "Bestuursdienst", "method": "percentage", "amount": "48123456.79", "percentages": {"GM0175": "25", "GM0160": 75}},
            {"name": "Opstartkosten", "method": "equal", "kind": "one-off", "amount": 1000000.01}
          ],
          "scenarios": [{"name": "Ommen treedt uit", "type": "exit", "participant": "GM0175", "frictionalCosts": "100000", "years": 2}]
        }
        """;

    static AllocationReport Run(string json)
    {
        var (report, errors) = AllocationReport.Run(AllocationJson.Read(json));
        Assert.Empty(errors);
        return report!;
    }

    [Fact]
    public void Json_ReadsNumbersAndStringsAndWritesTheOutputShape()
    {
        using var doc = JsonDocument.Parse(AllocationJson.Write(Run(Boh)));
        var root = doc.RootElement;
        Assert.Equal("49123456.80", root.GetProperty("total").GetString());
        var ommen = root.GetProperty("participants")[0];
        Assert.Equal("GM0175", ommen.GetProperty("id").GetString());
        Assert.Equal("12530864.21", ommen.GetProperty("total").GetString());
        Assert.Equal(["12030864.20", "500000.01"], ommen.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetString()));
        Assert.Equal("one-off", root.GetProperty("lines")[1].GetProperty("kind").GetString());
        var exit = root.GetProperty("scenarios")[0].GetProperty("exit");
        Assert.Equal("25000.00", exit.GetProperty("bill").GetString());
        Assert.Equal(2, exit.GetProperty("instalments").GetArrayLength());
    }

    [Fact]
    public void Json_UnknownFieldIsRefusedWithItsPath()
    {
        var e = Assert.Throws<AllocationFormatException>(() => AllocationJson.Read("""{"year": 2026, "lines": [{"name": "a", "percentage": {}}]}"""));
        Assert.Contains("$.lines[0]", e.Message);
    }

    [Fact]
    public void Json_MalformedInputNamesTheLine()
    {
        var e = Assert.Throws<AllocationFormatException>(() => AllocationJson.Read("{\n\"year\": 2026,\n\"lines\": [\n}"));
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void Json_RequestRoundTripsForTheWebForm()
    {
        var request = AllocationJson.Read(Boh);
        var again = AllocationJson.Read(AllocationJson.Write(request));
        Assert.Equal(AllocationJson.Write(Run(Boh)), AllocationJson.Write(AllocationReport.Run(again).Report!));
    }

    [Fact]
    public void Csv_WritesOneRowPerParticipantAndATotalRow()
    {
        var csv = AllocationCsv.Write(Run(Boh).Result).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([
            "id,name,Bestuursdienst,Opstartkosten,total",
            "GM0175,Ommen,12030864.20,500000.01,12530864.21",
            "GM0160,Hardenberg,36092592.59,500000.00,36592592.59",
            "total,,48123456.79,1000000.01,49123456.80"], csv);
    }

    [Fact]
    public void Csv_ReadsMeasuresWithSemicolonsDecimalCommaAndYear()
    {
        var text = "code;naam;jaar;inwoners;uren\nGM0175;Ommen;2025;17800;1\nGM0175;Ommen;2026;17900;10,5\nGM0160;Hardenberg;2026;60500;\n";
        var m = AllocationCsv.ReadMeasures(new StringReader(text), "cbs.csv", 2026);
        Assert.Equal(17900m, m["GM0175"]["inwoners"]);
        Assert.Equal(10.5m, m["GM0175"]["uren"]);
        Assert.False(m["GM0160"].ContainsKey("uren"));

        var request = AllocationJson.Read(Boh);
        Assert.Equal(2, AllocationCsv.Apply(request, m));
        Assert.Equal("10.5", request.Participants![0].Measures!["uren"]);
    }

    [Fact]
    public void Csv_BadMeasureNamesFileLineAndColumn()
    {
        var e = Assert.Throws<ImportException>(() => AllocationCsv.ReadMeasures(new StringReader("id,inwoners\nGM0175,-3\n"), "cbs.csv"));
        Assert.Equal((2, "inwoners"), (e.Line, e.Field));
    }

    [Fact]
    public async Task Plan_IsStoredPerArrangementAndDeletedWithIt()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open())
        {
            var a = new Arrangement { Name = "Bestuursdienst Ommen-Hardenberg" };
            ctx.Arrangements.Add(a);
            await ctx.SaveChangesAsync();
            ctx.AllocationPlans.Add(new AllocationPlan { ArrangementId = a.Id, Year = 2026, Name = "Begroting 2026", InputJson = Boh });
            await ctx.SaveChangesAsync();
            Assert.Contains(ctx.AuditEntries, e => e.EntityType == nameof(AllocationPlan) && e.ArrangementId == a.Id);
        }
        await using (var ctx = db.Open())
        {
            var plan = await ctx.AllocationPlans.SingleAsync();
            Assert.Equal(Run(Boh).Result.Total, Run(plan.InputJson).Result.Total);
            ctx.Arrangements.Remove(await ctx.Arrangements.SingleAsync());
            await ctx.SaveChangesAsync();
            Assert.Empty(ctx.AllocationPlans);
        }
    }
}
