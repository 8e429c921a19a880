using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Browser;

/// <summary>What a council member or griffier does in the register, in a real Chromium, with axe-core on each page.</summary>
public sealed class RegisterBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Search_FindsArrangementAndOpensIt()
    {
        await Page.GotoAsync("/");
        await Accessibility.AssertNoSeriousViolations(Page);
        await Page.GetByLabel("Zoek een regeling").FillAsync("Ommen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Page.WaitForURLAsync("**/regelingen?q=Ommen*");
        Assert.Contains("gevonden", await Page.GetByRole(AriaRole.Status).InnerTextAsync());
        await Accessibility.AssertNoSeriousViolations(Page);

        await Page.GetByLabel("Samenwerkingsvorm").SelectOptionAsync("openbaar-lichaam");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Bestuursdienst Ommen-Hardenberg (BOH)" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bestuursdienst Ommen-Hardenberg (BOH)");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Hardenberg" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolations(Page);
    }

    [Fact]
    public async Task Municipality_ShowsCategoriesAndChangesSinceReferenceDate()
    {
        await Page.GotoAsync("/organisaties");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Zwolle" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zwolle");
        await Accessibility.AssertNoSeriousViolations(Page);
        await Page.GetByLabel("Vergelijk met").FillAsync("2014-05-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        var changes = Page.GetByRole(AriaRole.Heading, new() { Name = "Veranderd sinds 2014-05-01" });
        await Assertions.Expect(changes).ToBeVisibleAsync();
        // Jeugdzorg IJsselland was an intention in 2014 and has been realised as a BVO since.
        await Assertions.Expect(Page.GetByText("gerealiseerd").First).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolations(Page);
    }

    [Fact]
    public async Task OverviewMatrix_IsAccessible()
    {
        await Page.GotoAsync("/overzichtskaart?regio=West-Overijssel");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolations(Page);
    }

    [Fact]
    public async Task EditArrangement_ShowsErrorSummaryWithFocusThenSaves()
    {
        await Page.GotoAsync("/regelingen?q=Noaberkracht");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Noaberkracht") }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Gegevens bewerken" }).ClickAsync();
        // Editing needs an account: the edit link leads to the sign-in page, which returns to the form.
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen");
        await Accessibility.AssertNoSeriousViolations(Page);
        await App.EnsureUserAsync("beheerder-browser", Verbonden.Data.Accounts.Roles.Beheerder);
        await Page.GetByLabel("Gebruikersnaam").FillAsync("beheerder-browser");
        await Page.GetByLabel("Wachtwoord").FillAsync(AppFixture.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Regeling bewerken");
        await Accessibility.AssertNoSeriousViolations(Page);

        await Page.GetByLabel("Naam", new() { Exact = true }).FillAsync("");
        await Page.GetByLabel("Datum inwerkingtreding").FillAsync("1 januari 2015");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        var summary = Page.GetByRole(AriaRole.Heading, new() { Name = "Controleer deze 2 velden" });
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Vul de naam van de regeling in." }).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Naam", new() { Exact = true })).ToBeFocusedAsync();
        await Accessibility.AssertNoSeriousViolations(Page);

        await Page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Noaberkracht Dinkelland Tubbergen");
        await Page.GetByLabel("Datum inwerkingtreding").FillAsync("2015-01-01");
        await Page.GetByLabel("Samenwerkingsvorm").SelectOptionAsync("bedrijfsvoeringsorganisatie");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Noaberkracht Dinkelland Tubbergen");
        await Assertions.Expect(Page.GetByText("1 januari 2015")).ToBeVisibleAsync();

        await using var db = App.OpenDb();
        var saved = await db.Arrangements.SingleAsync(a => a.Name == "Noaberkracht Dinkelland Tubbergen");
        Assert.Equal(new DateOnly(2015, 1, 1), saved.DateInForce);
        Assert.Contains(db.AuditEntries, e => e.ArrangementId == saved.Id && e.Action == "update" && e.Actor == "beheerder-browser");
    }

    [Fact]
    public async Task SkipLink_IsFirstAndMovesToMainContent()
    {
        await Page.GotoAsync("/regelingen");
        await Page.Keyboard.PressAsync("Tab");
        var focused = Page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync("Naar de inhoud");
        await Page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", Page.Url);
    }
}
