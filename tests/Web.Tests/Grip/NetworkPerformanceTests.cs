using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verbonden.Core.Register;
using Verbonden.TestSupport;
using Xunit.Abstractions;

namespace Verbonden.Web.Tests.Grip;

/// <summary>The network page over the whole OpenGR 2016 data set (464 arrangements) renders in under 2 s.</summary>
/// <remarks>Loads the CSV naively (names as keys, no cleaning); the real importer lives in src/Data/Import on another branch.</remarks>
public class NetworkPerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task NetworkPage_AllOpenGrArrangements_RendersUnderTwoSeconds()
    {
        var lines = await File.ReadAllLinesAsync(SharedData.File("opengr_provincies.csv"));
        var rows = lines.Skip(1).Select(l => l.Split(',')).Where(c => c.Length >= 5)
            .Select(c => (Org: c[0].Trim('"', ' '), Arr: c[1].Trim('"', ' '), Prov: c[^1].Trim('"', ' '))).Distinct().ToList();
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            var orgs = rows.Select(r => r.Org).Distinct().Select((n, i) => new Organisation { Code = $"X-{i}", Name = n, Type = OrganisationType.Gemeente }).ToList();
            db.Organisations.AddRange(orgs);
            await db.SaveChangesAsync();
            var byName = orgs.ToDictionary(o => o.Name);
            foreach (var g in rows.GroupBy(r => r.Arr))
            {
                var a = new Arrangement { Name = g.Key.Length > 300 ? g.Key[..300] : g.Key, LegalForm = LegalForm.WgrOnbekend, ProvinceCode = g.First().Prov.Length > 8 ? g.First().Prov[..8] : g.First().Prov };
                foreach (var o in g.Select(r => r.Org).Distinct()) a.Participations.Add(new Participation { OrganisationId = byName[o].Id });
                db.Arrangements.Add(a);
            }
            await db.SaveChangesAsync();
            output.WriteLine($"{db.Arrangements.Count()} arrangements, {db.Organisations.Count()} participants, {db.Participations.Count()} memberships");
        }

        await using var app = WebApp.Build(new WebOptions(database.ConnectionString, "http://127.0.0.1:0"));
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var pw = await Playwright.CreateAsync();
        await using var browser = await pw.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url + "/netwerk");   // warm-up: JIT, EF model, Razor compilation
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            await page.GotoAsync(url + "/netwerk", new() { WaitUntil = WaitUntilState.Load });
            await page.Locator("svg.network g.arr").Last.WaitForAsync(new() { State = WaitForSelectorState.Attached });
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        var arrs = await page.Locator("svg.network g.arr").CountAsync();
        output.WriteLine($"network page with {arrs} arrangements: {string.Join(", ", times.Select(t => $"{t:0} ms"))}");
        await app.StopAsync();
        Assert.True(arrs >= 460, $"only {arrs} arrangements drawn");
        Assert.True(times.Min() < 2000, $"network page took {times.Min():0} ms");
    }
}
