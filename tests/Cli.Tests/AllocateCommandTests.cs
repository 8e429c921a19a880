using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Verbonden.Cli;
using Verbonden.Core.Allocation;
using Verbonden.Core.Register;
using Verbonden.TestSupport;

namespace Verbonden.Cli.Tests;

public sealed class AllocateCommandTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("verbonden-allocate-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    const string RegioZwolle = """
        {"year": 2026,
         "participants": [
           {"id": "GM0193", "name": "Zwolle", "measures": {"inwoners": 125000}},
           {"id": "GM0166", "name": "Kampen", "measures": {"inwoners": 52000}},
           {"id": "GM0119", "name": "Meppel", "measures": {"inwoners": 33000}},
           {"id": "GM0148", "name": "Dalfsen", "measures": {"inwoners": 28000}}],
         "lines": [
           {"name": "Bijdrage per inwoner", "method": "per-capita", "tariff": "1.00", "measure": "inwoners"},
           {"name": "Port of Zwolle", "method": "key", "amount": "150000.00", "measure": "inwoners", "only": ["GM0193", "GM0166", "GM0119"]}]}
        """;

    string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = await CliApp.RunAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task Json_PrintsTheOutputShape()
    {
        var (code, output, err) = await Run("allocate", "--input", File("in.json", RegioZwolle));
        Assert.Equal((0, ""), (code, err));
        using var doc = JsonDocument.Parse(output);
        var zwolle = doc.RootElement.GetProperty("participants")[0];
        Assert.Equal("214285.71", zwolle.GetProperty("total").GetString());
        Assert.Equal("388000.00", doc.RootElement.GetProperty("total").GetString());
        Assert.Equal(["Bijdrage per inwoner", "Port of Zwolle"], doc.RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Csv_PrintsTheTable()
    {
        var (code, output, _) = await Run("allocate", "--input", File("in.json", RegioZwolle), "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("GM0148,Dalfsen,28000.00,0.00,28000.00", lines[4]);
        Assert.Equal("total,,238000.00,150000.00,388000.00", lines[5]);
    }

    [Fact]
    public async Task Xlsx_WritesAWorkbook()
    {
        var path = Path.Combine(_dir, "out.xlsx");
        var (code, output, _) = await Run("allocate", "-i", File("in.json", RegioZwolle), "-f", "xlsx", "-o", path);
        Assert.Equal(0, code);
        Assert.Contains("total 388000.00", output);
        using var doc = SpreadsheetDocument.Open(path, false);
        Assert.Contains("Kostenverdeling 2026", doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public async Task Xlsx_WithoutOutputFileIsRefused()
    {
        var (code, _, err) = await Run("allocate", "-i", File("in.json", RegioZwolle), "-f", "xlsx");
        Assert.NotEqual(0, code);
        Assert.Contains("--output", err);
    }

    [Fact]
    public async Task MeasuresCsv_OverridesTheInputsMeasures()
    {
        var csv = File("cbs.csv", "id;inwoners\nGM0148;30000\n");
        var (code, output, _) = await Run("allocate", "-i", File("in.json", RegioZwolle), "--measures", csv, "-f", "csv");
        Assert.Equal(0, code);
        Assert.Contains("GM0148,Dalfsen,30000.00,0.00,30000.00", output);
    }

    [Fact]
    public async Task InvalidInput_OneLineOnStderrNamingLineAndParticipant()
    {
        var bad = RegioZwolle.Replace("\"only\": [\"GM0193\", \"GM0166\", \"GM0119\"]", "\"only\": [\"GM0193\", \"GM9999\"]");
        var (code, output, err) = await Run("allocate", "-i", File("bad.json", bad));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("error: Line 'Port of Zwolle': 'only' names participant 'GM9999', which is not in the participants list.", err.TrimEnd());
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public async Task SeveralErrors_AreAllOnOneLine()
    {
        var bad = RegioZwolle.Replace("\"method\": \"key\"", "\"method\": \"sleutel\"").Replace("\"inwoners\": 28000", "\"inwoners\": -1");
        var (code, _, err) = await Run("allocate", "-i", File("bad.json", bad));
        Assert.Equal(2, code);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.Contains("2 problems", err);
        Assert.Contains("unknown method 'sleutel'", err);
        Assert.Contains("'GM0148': measure 'inwoners' is negative", err);
    }

    [Fact]
    public async Task MalformedJsonAndMissingFile_FailWithoutAStackTrace()
    {
        var (code, _, err) = await Run("allocate", "-i", File("broken.json", "{\"year\": 2026, \"lines\": ["));
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", err);
        (code, _, err) = await Run("allocate", "-i", Path.Combine(_dir, "nope.json"));
        Assert.Equal(1, code);
        Assert.Contains("cannot read input file", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public async Task Arrangement_UsesTheSavedPlan()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open())
        {
            var a = new Arrangement { Name = "Regio Zwolle" };
            ctx.Arrangements.Add(a);
            await ctx.SaveChangesAsync();
            ctx.AllocationPlans.Add(new AllocationPlan { ArrangementId = a.Id, Year = 2026, Name = "Begroting 2026", InputJson = RegioZwolle });
            await ctx.SaveChangesAsync();
        }
        var (code, output, _) = await Run("allocate", "--db", db.ConnectionString, "--arrangement", "1", "-f", "csv");
        Assert.Equal(0, code);
        Assert.Contains("total,,238000.00,150000.00,388000.00", output);
        (code, _, var err) = await Run("allocate", "--db", db.ConnectionString, "--arrangement", "1", "--year", "2030");
        Assert.Equal(1, code);
        Assert.Contains("no saved allocation plan for 2030", err);
    }
}
