using System.Text.Json;
using Verbonden.Data.BuiltIn;
using Verbonden.TestSupport;

namespace Verbonden.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_ParticipationsAsCsv_ToStdout()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        var r = await CliRunner.Run("export", "participations", "--db", db.ConnectionString);
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,regelingId,organisatieCode", lines[0]);
        Assert.True(lines.Length > 50);
    }

    [Fact]
    public async Task Export_ArrangementsAsJson_ToFile()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        var file = Path.Combine(Path.GetDirectoryName(db.ConnectionString)!, "regelingen.json");
        var r = await CliRunner.Run("export", "arrangements", "--format", "json", "--out", file, "--db", db.ConnectionString);
        Assert.Equal(0, r.Exit);
        var rows = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
        Assert.Equal(99, rows.GetArrayLength());
        Assert.Contains("99 rows", r.Err);
    }

    [Theory]
    [InlineData("export", "treaties", "unknown table 'treaties'")]
    [InlineData("export", "arrangements", "--format", "pdf", "unknown format 'pdf'")]
    public async Task BadArguments_GiveOneLineAndExit2(params string[] argsAndMessage)
    {
        await using var db = await TestDatabase.CreateAsync();
        var r = await CliRunner.Run([.. argsAndMessage[..^1], "--db", db.ConnectionString]);
        Assert.Equal(2, r.Exit);
        Assert.Contains(argsAndMessage[^1], r.Err);
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Fact]
    public async Task UnopenableDatabase_IsOneLineError()
    {
        var r = await CliRunner.Run("export", "arrangements", "--db", "/nonexistent-dir/x/verbonden.db");
        Assert.Equal(1, r.Exit);
        Assert.StartsWith("error:", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Fact]
    public async Task Init_CreatesTheSchema()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        var r = await CliRunner.Run("init", "--db", db.ConnectionString);
        Assert.Equal(0, r.Exit);
        Assert.Contains("Database ready", r.Out);
        await using var ctx = db.Open();
        Assert.Empty(ctx.Arrangements);
    }
}
