using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;
using Verbonden.Web;

namespace Verbonden.Web.Tests.Keuzehulp;

/// <summary>
/// A running Verbonden on a free port and a headless Chromium (Debian's /usr/bin/chromium). Small on purpose:
/// swap it for the shared Playwright fixture on main when that lands.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    TestDatabase _db = null!;
    WebApplication _app = null!;
    IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium)) throw new InvalidOperationException($"{chromium} is missing: apt-get install -y chromium (the test script does this).");
        _db = await TestDatabase.CreateAsync();
        _app = WebApp.Build(new WebOptions(_db.ConnectionString, "http://127.0.0.1:0"));
        using (var scope = _app.Services.CreateScope())
            await Database.MigrateAsync(scope.ServiceProvider.GetRequiredService<VerbondenDbContext>());
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }
}
