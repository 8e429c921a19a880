using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verbonden.TestSupport;

namespace Verbonden.Cli.Tests.Commands;

public class ImportCommandsTests
{
    static string Cbs => SharedData.File("cbs_overheidscodes_2016.csv");
    static string OpenGr => SharedData.File("opengr_provincies.csv");

    static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Import_OrganisationsThenOpenGr_PrintsSummariesAndWritesTheReport()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        var report = Path.Combine(Path.GetDirectoryName(tdb.ConnectionString)!, "report.csv");

        var organisations = await RunAsync("import", "organisations", Cbs, "--db", tdb.ConnectionString);
        Assert.Equal((0, ""), (organisations.Exit, organisations.Err));
        Assert.Contains("783 rows; 749 created, 0 updated, 0 unchanged.", organisations.Out);

        var opengr = await RunAsync("import", "opengr", OpenGr, "--report", report, "--format", "json", "--db", tdb.ConnectionString);
        Assert.Equal((0, ""), (opengr.Exit, opengr.Err));
        using var json = JsonDocument.Parse(opengr.Out);
        var root = json.RootElement;
        Assert.Equal("opengr", root.GetProperty("importer").GetString());
        Assert.Equal(3752, root.GetProperty("rows").GetInt32());
        Assert.Equal(464, root.GetProperty("created").GetInt32());
        Assert.Equal(3741, root.GetProperty("counts").GetProperty("participations in imported arrangements").GetInt32());
        Assert.Equal(2, root.GetProperty("counts").GetProperty("participant names review").GetInt32());
        Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("Neusden"));

        var lines = await File.ReadAllLinesAsync(report);
        Assert.StartsWith("raw_name,", lines[0]);
        Assert.Equal(1 + 608, lines.Length);

        await using var db = tdb.Open();
        Assert.Equal(464, await db.Arrangements.CountAsync());
    }

    [Fact]
    public async Task Import_MissingFile_IsOneLineOnStderrAndExitTwo()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        var result = await RunAsync("import", "organisations", "no-such-file.csv", "--db", tdb.ConnectionString);
        Assert.Equal((2, ""), (result.Exit, result.Out));
        Assert.Equal("error: file not found: no-such-file.csv" + Environment.NewLine, result.Err);
    }

    [Fact]
    public async Task Import_BadRow_NamesFileLineAndFieldAndWritesNothing()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        var dir = Path.GetDirectoryName(tdb.ConnectionString)!;
        var bad = Path.Combine(dir, "opengr.csv");
        await File.WriteAllTextAsync(bad,
            "Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie\n" +
            "Bedum,Afvalbeheer Regio Centraal Groningen (ARCG),9700 AS,Groningen,Provincie Groningen\n" +
            "Haren,,9700 AS,Groningen,Provincie Groningen\n");
        Assert.Equal(0, (await RunAsync("import", "organisations", Cbs, "--db", tdb.ConnectionString)).Exit);

        var result = await RunAsync("import", "opengr", bad, "--db", tdb.ConnectionString);

        Assert.Equal(2, result.Exit);
        Assert.Equal("error: opengr.csv, line 3, field 'Gemeenschappelijke regeling': is empty" + Environment.NewLine, result.Err);
        await using var db = tdb.Open();
        Assert.Equal(0, await db.Arrangements.CountAsync());
    }

    [Fact]
    public async Task Import_OpenGrBeforeOrganisations_IsRefused()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        var result = await RunAsync("import", "opengr", OpenGr, "--db", tdb.ConnectionString);
        Assert.Equal(2, result.Exit);
        Assert.StartsWith("error: the database holds no CBS municipalities", result.Err);
        Assert.Single(result.Err.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Import_WrongFileForTheFormat_SaysWhichColumnsAreMissing()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        var result = await RunAsync("import", "organisations", OpenGr, "--db", tdb.ConnectionString);
        Assert.Equal(2, result.Exit);
        Assert.StartsWith("error: opengr_provincies.csv, line 1, field 'cbsId': missing columns 'cbsId', 'cbsName'", result.Err);
    }

    [Fact]
    public async Task Import_UnknownFormat_IsRejected()
    {
        var result = await RunAsync("import", "organisations", Cbs, "--format", "xml", "--db", "unused.db");
        Assert.NotEqual(0, result.Exit);
        Assert.False(File.Exists("unused.db"));
    }

    [Fact]
    public async Task Import_Finances_PrintsTheSummary_ReRunIsUnchanged_AndABadRowIsOneLineWithExitTwo()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        var seed = await GripSeed.CreateAsync(tdb);
        var dir = Path.GetDirectoryName(tdb.ConnectionString)!;
        var good = Path.Combine(dir, "cijfers.csv");
        await File.WriteAllTextAsync(good, $"regeling_id,jaar,deelnemer,eigen_vermogen_einde,bijdrage\n{seed.Ggd},2028,,1100000.00,\n{seed.Ggd},2028,GM0164,,2500.50\n");

        var first = await RunAsync("import", "finances", good, "--db", tdb.ConnectionString);
        Assert.Equal((0, ""), (first.Exit, first.Err));
        Assert.Contains("Imported cijfers.csv (finances): 2 rows; 2 created, 0 updated, 0 unchanged.", first.Out);
        var again = await RunAsync("import", "finances", good, "--db", tdb.ConnectionString);
        Assert.Contains("2 rows; 0 created, 0 updated, 2 unchanged.", again.Out);

        var bad = Path.Combine(dir, "fout.csv");
        await File.WriteAllTextAsync(bad, $"regeling_id,jaar,deelnemer,bijdrage\n{seed.Bvo},2029,GM0153,1\n{seed.Bvo},2029,GM0164,\"1.234,56\"\n");
        var result = await RunAsync("import", "finances", bad, "--db", tdb.ConnectionString);
        Assert.Equal((2, ""), (result.Exit, result.Out));
        Assert.Equal("error: fout.csv, line 3, field 'bijdrage': '1.234,56' is not an amount in euros with a decimal point and at most two decimals, e.g. 1234.56" + Environment.NewLine, result.Err);
        await using var db = tdb.Open();
        Assert.Equal(0, await db.ParticipantFinances.CountAsync(f => f.Year == 2029));
    }
}
