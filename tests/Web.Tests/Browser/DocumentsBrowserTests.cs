using Microsoft.Playwright;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Browser;

/// <summary>An editor records the regeling's text with its CVDR number; the arrangement page links to CVDR.</summary>
public sealed class DocumentsBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AddDocument_ValidatesCvdrThenLinksToIt()
    {
        await Page.GotoAsync("/regelingen?q=Ommen-Hardenberg");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Bestuursdienst Ommen-Hardenberg (BOH)" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Documenten beheren" }).ClickAsync();
        // A redacteur of Ommen may edit this arrangement because Ommen takes part in it.
        await BrowserLogin.SignInHereAsync(Page, App, "redacteur-ommen", Verbonden.Data.Accounts.Roles.Redacteur, "GM0175");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Documenten van");
        await Accessibility.AssertNoSeriousViolations(Page);

        await Page.GetByLabel("Titel").FillAsync("Gemeenschappelijke regeling BOH");
        await Page.GetByLabel("Soort document").SelectOptionAsync("Regeling");
        await Page.GetByLabel("CVDR-nummer").FillAsync("723690");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Document toevoegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Controleer dit veld" })).ToBeFocusedAsync();
        await Accessibility.AssertNoSeriousViolations(Page);

        await Page.GetByLabel("CVDR-nummer").FillAsync("CVDR723690");
        await Page.GetByLabel("Datum").FillAsync("2012-07-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Document toevoegen" }).ClickAsync();
        var link = Page.GetByRole(AriaRole.Link, new() { Name = "CVDR723690 in CVDR" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "https://lokaleregelgeving.overheid.nl/CVDR723690");
    }
}
