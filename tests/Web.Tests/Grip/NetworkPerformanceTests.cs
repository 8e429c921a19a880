using Microsoft.Playwright;
using Verbonden.Data.Import;
using Verbonden.TestSupport;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Grip;

/// <summary>
/// The network page over the whole OpenGR 2016 register, imported with the real importers, draws every arrangement.
/// How fast it renders is measured by the load-test tool (docs/performance.md), not asserted here.
/// </summary>
[Collection(BrowserCollection.Name)]
public class NetworkPerformanceTests(BrowserFixture browser)
{
    [Fact]
    public async Task NetworkPage_DrawsEveryOpenGrArrangement()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            await CbsOrganisationsImporter.ImportAsync(db, SharedData.File("cbs_overheidscodes_2016.csv"));
            await OpenGrImporter.ImportAsync(db, SharedData.File("opengr_provincies.csv"));
        }
        await using var app = Verbonden.Web.WebApp.Build(new Verbonden.Web.WebOptions(database.ConnectionString, "http://127.0.0.1:0"));
        await app.StartAsync();
        var page = await browser.NewPageAsync(app.Urls.First());
        await page.GotoAsync("/netwerk", new() { WaitUntil = WaitUntilState.Load });
        // 464 arrangements, one of which was opgeheven (ended) and is left out of the current network.
        Assert.Equal(463, await page.Locator("svg.network g.arr").CountAsync());
        await page.Context.CloseAsync();
        await app.StopAsync();
    }
}
