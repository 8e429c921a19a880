using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verbonden.TestSupport;

namespace Verbonden.Web.Tests.Grip;

/// <summary>"Today" for the grip pages: 10 July 2026, after the GGD's zienswijze term (24 June 2026).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>
/// One web host on a free loopback port over a seeded SQLite register, and one headless Chromium.
/// Kept small on purpose; the lead unifies browser fixtures on main.
/// </summary>
public sealed class GripWebFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public GripSeed Seed { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    IPlaywright _playwright = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Seed = await GripSeed.CreateAsync(Database);
        App = WebApp.Build(new WebOptions(Database.ConnectionString, "http://127.0.0.1:0") { Clock = new FixedClock(new(2026, 7, 10, 8, 0, 0, TimeSpan.Zero)) });
        await App.StartAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, AcceptDownloads = true, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        return page;
    }

    /// <summary>Signs the page in through /inloggen as a new user with <paramref name="role"/> for <paramref name="organisation"/>.</summary>
    public async Task SignInAsync(IPage page, string name, string role, string? organisation)
    {
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Verbonden.Web.Features.Accounts.AccountAdmin>().AddUserAsync(name, role, organisation, "correct horse battery staple", default);
        var back = page.Url;
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("Gebruikersnaam").FillAsync(name);
        await page.GetByLabel("Wachtwoord").FillAsync("correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ingelogd")).ToContainTextAsync(name);
        await page.GotoAsync(back);
    }

    /// <summary>Asserts that axe-core finds no serious or critical WCAG 2.1 A/AA violations.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(bad.Count == 0, "axe violations:\n" + string.Join("\n", bad));
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
