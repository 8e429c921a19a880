using System.Text.Json;
using Verbonden.TestSupport;

namespace Verbonden.Cli.Tests.Commands;

public class CalendarCommandTests
{
    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    static readonly FixedClock Clock = new(new DateTimeOffset(2026, 7, 10, 8, 0, 0, TimeSpan.Zero));

    static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = await CliApp.RunAsync(args, o, e, default, Clock);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task Calendar_Ics_HasOneEventPerStepOfEachWgrArrangement()
    {
        await using var database = await TestDatabase.CreateAsync();
        await GripSeed.CreateAsync(database);
        var (code, output, err) = await Run("calendar", "--db", database.ConnectionString, "--municipality", "gm0153", "--year", "2027", "--format", "ics");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", output);
        Assert.EndsWith("END:VCALENDAR\r\n", output);
        // GGD, BVO and the Wgr arrangement of unknown form have a cycle (7 steps each); the NV has none.
        Assert.Equal(21, output.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("DTSTART;VALUE=DATE:20260624", output);   // GGD zienswijze: 12 weeks after 1 April 2026
        Assert.Contains("DTSTAMP:20260710T080000Z", output);
    }

    [Fact]
    public async Task Calendar_Json_CarriesArticlesAndZienswijzeStatus()
    {
        await using var database = await TestDatabase.CreateAsync();
        await GripSeed.CreateAsync(database);
        var (code, output, _) = await Run("calendar", "--db", database.ConnectionString, "--municipality", "GM0153", "--year", "2027", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var arrs = doc.RootElement.GetProperty("arrangements").EnumerateArray().ToList();
        Assert.Equal(["Belastingsamenwerking Twente", "GGD Twente", "Regio Twente"], arrs.Select(a => a.GetProperty("name").GetString()));
        var ggd = arrs[1];
        Assert.Equal("te-laat", ggd.GetProperty("zienswijze").GetProperty("status").GetString());
        Assert.True(arrs[2].GetProperty("formUnknown").GetBoolean());
        var kader = ggd.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "kaderbrief");
        Assert.Equal("2026-04-29", kader.GetProperty("lastDay").GetString());
        Assert.Equal("art. 34b Wgr", kader.GetProperty("article").GetString());
    }

    [Fact]
    public async Task Calendar_UnknownMunicipality_OneLineOnStderr()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (code, output, err) = await Run("calendar", "--db", database.ConnectionString, "--municipality", "GM9999", "--year", "2027");
        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        Assert.Equal("error: No organisation with code GM9999.", err.TrimEnd());
    }

    [Fact]
    public async Task Calendar_BadFormat_Fails()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (code, _, err) = await Run("calendar", "--db", database.ConnectionString, "--municipality", "GM0153", "--year", "2027", "--format", "pdf");
        Assert.NotEqual(0, code);
        Assert.Contains("pdf", err);
    }
}
