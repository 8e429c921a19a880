using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Browser;

/// <summary>What a council member or griffier does in the register, in a real Chromium, with axe-core on each page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegisterBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    AppFixture _app = null!;
    IPage _page = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFixture.CreateAsync("sqlite");
        _page = await browser.NewPageAsync(_app.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _page.Context.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Search_FindsArrangementAndOpensIt()
    {
        await _page.GotoAsync("/");
        await Accessibility.AssertNoSeriousViolations(_page);
        await _page.GetByLabel("Zoek een regeling").FillAsync("Ommen");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await _page.WaitForURLAsync("**/regelingen?q=Ommen*");
        Assert.Contains("gevonden", await _page.GetByRole(AriaRole.Status).InnerTextAsync());
        await Accessibility.AssertNoSeriousViolations(_page);

        await _page.GetByLabel("Samenwerkingsvorm").SelectOptionAsync("openbaar-lichaam");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Bestuursdienst Ommen-Hardenberg (BOH)" }).ClickAsync();
        await Assertions.Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bestuursdienst Ommen-Hardenberg (BOH)");
        await Assertions.Expect(_page.GetByRole(AriaRole.Link, new() { Name = "Hardenberg" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolations(_page);
    }

    [Fact]
    public async Task Municipality_ShowsCategoriesAndChangesSinceReferenceDate()
    {
        await _page.GotoAsync("/organisaties");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Zwolle" }).ClickAsync();
        await Assertions.Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zwolle");
        await Accessibility.AssertNoSeriousViolations(_page);
        await _page.GetByLabel("Vergelijk met").FillAsync("2014-05-01");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        var changes = _page.GetByRole(AriaRole.Heading, new() { Name = "Veranderd sinds 2014-05-01" });
        await Assertions.Expect(changes).ToBeVisibleAsync();
        // Jeugdzorg IJsselland was an intention in 2014 and has been realised as a BVO since.
        await Assertions.Expect(_page.GetByText("gerealiseerd").First).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolations(_page);
    }

    [Fact]
    public async Task OverviewMatrix_IsAccessible()
    {
        await _page.GotoAsync("/overzichtskaart?regio=West-Overijssel");
        await Assertions.Expect(_page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolations(_page);
    }

    [Fact]
    public async Task EditArrangement_ShowsErrorSummaryWithFocusThenSaves()
    {
        await _page.GotoAsync("/regelingen?q=Noaberkracht");
        await _page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Noaberkracht") }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Gegevens bewerken" }).ClickAsync();
        // Editing needs an account: the edit link leads to the sign-in page, which returns to the form.
        await Assertions.Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen");
        await Accessibility.AssertNoSeriousViolations(_page);
        await _app.EnsureUserAsync("beheerder-browser", Verbonden.Data.Accounts.Roles.Beheerder);
        await _page.GetByLabel("Gebruikersnaam").FillAsync("beheerder-browser");
        await _page.GetByLabel("Wachtwoord").FillAsync(AppFixture.Password);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Regeling bewerken");
        await Accessibility.AssertNoSeriousViolations(_page);

        await _page.GetByLabel("Naam", new() { Exact = true }).FillAsync("");
        await _page.GetByLabel("Datum inwerkingtreding").FillAsync("1 januari 2015");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        var summary = _page.GetByRole(AriaRole.Heading, new() { Name = "Controleer deze 2 velden" });
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Vul de naam van de regeling in." }).ClickAsync();
        await Assertions.Expect(_page.GetByLabel("Naam", new() { Exact = true })).ToBeFocusedAsync();
        await Accessibility.AssertNoSeriousViolations(_page);

        await _page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Noaberkracht Dinkelland Tubbergen");
        await _page.GetByLabel("Datum inwerkingtreding").FillAsync("2015-01-01");
        await _page.GetByLabel("Samenwerkingsvorm").SelectOptionAsync("bedrijfsvoeringsorganisatie");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Noaberkracht Dinkelland Tubbergen");
        await Assertions.Expect(_page.GetByText("1 januari 2015")).ToBeVisibleAsync();

        await using var db = _app.OpenDb();
        var saved = await db.Arrangements.SingleAsync(a => a.Name == "Noaberkracht Dinkelland Tubbergen");
        Assert.Equal(new DateOnly(2015, 1, 1), saved.DateInForce);
        Assert.Contains(db.AuditEntries, e => e.ArrangementId == saved.Id && e.Action == "update" && e.Actor == "beheerder-browser");
    }

    [Fact]
    public async Task SkipLink_IsFirstAndMovesToMainContent()
    {
        await _page.GotoAsync("/regelingen");
        await _page.Keyboard.PressAsync("Tab");
        var focused = _page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync("Naar de inhoud");
        await _page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", _page.Url);
    }
}
