using Microsoft.Playwright;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Browser;

/// <summary>An editor records the regeling's text with its CVDR number; the arrangement page links to CVDR.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentsBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task AddDocument_ValidatesCvdrThenLinksToIt()
    {
        await _page.GotoAsync("/regelingen?q=Ommen-Hardenberg");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Bestuursdienst Ommen-Hardenberg (BOH)" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Documenten beheren" }).ClickAsync();
        // A redacteur of Ommen may edit this arrangement because Ommen takes part in it.
        await BrowserLogin.SignInHereAsync(_page, _app, "redacteur-ommen", Verbonden.Data.Accounts.Roles.Redacteur, "GM0175");
        await Assertions.Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Documenten van");
        await Accessibility.AssertNoSeriousViolations(_page);

        await _page.GetByLabel("Titel").FillAsync("Gemeenschappelijke regeling BOH");
        await _page.GetByLabel("Soort document").SelectOptionAsync("Regeling");
        await _page.GetByLabel("CVDR-nummer").FillAsync("723690");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Document toevoegen" }).ClickAsync();
        await Assertions.Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Controleer dit veld" })).ToBeFocusedAsync();
        await Accessibility.AssertNoSeriousViolations(_page);

        await _page.GetByLabel("CVDR-nummer").FillAsync("CVDR723690");
        await _page.GetByLabel("Datum").FillAsync("2012-07-01");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Document toevoegen" }).ClickAsync();
        var link = _page.GetByRole(AriaRole.Link, new() { Name = "CVDR723690 in CVDR" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "https://lokaleregelgeving.overheid.nl/CVDR723690");
    }
}
