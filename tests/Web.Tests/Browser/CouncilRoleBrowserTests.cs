using Microsoft.Playwright;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Browser;

/// <summary>A griffier records the council's role, instruments, evaluation and an answer for the BOH; the information
/// sheet shows them, the unanswered questions as gaps, and the start page reminds of the coming evaluation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CouncilRoleBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task RecordRoleAndAnswers_ErrorSummaryTakesFocus_ThenInfoSheetShowsThemAndTheGaps()
    {
        await _page.GotoAsync("/regelingen?q=Ommen-Hardenberg");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Bestuursdienst Ommen-Hardenberg (BOH)" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Rol van de raad en de zes vragen" }).ClickAsync();
        await BrowserLogin.SignInHereAsync(_page, _app, "redacteur-ommen", Verbonden.Data.Accounts.Roles.Redacteur, "GM0175");
        await Accessibility.AssertNoSeriousViolations(_page);

        await _page.GetByLabel("Rol van de raad").SelectOptionAsync("Bijrijder");
        await _page.GetByLabel("Zienswijze op begroting en regeling").CheckAsync();
        await _page.GetByLabel("Actieve informatieplicht").CheckAsync();
        await _page.GetByLabel("Evaluatie-interval volgens de regeling (jaren)").FillAsync("0");
        await _page.GetByLabel("Datum van de laatste evaluatie").FillAsync("15-01-2024");
        await _page.GetByLabel("Visie (niet verplicht)").FillAsync("Ambtelijke fusie past in de regiovisie West-Overijssel.");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Controleer deze 2 velden" })).ToBeFocusedAsync();
        await Accessibility.AssertNoSeriousViolations(_page);
        await Assertions.Expect(_page.GetByLabel("Zienswijze op begroting en regeling")).ToBeCheckedAsync();

        // Evaluated in January 2023 every four years: the next evaluation is due on 15 January 2027, within six months of 22 November 2026.
        await _page.GetByLabel("Evaluatie-interval volgens de regeling (jaren)").FillAsync("4");
        await _page.GetByLabel("Datum van de laatste evaluatie").FillAsync("2023-01-15");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(_page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/raadsinformatie$"));
        await Assertions.Expect(_page.Locator("dl.facts").First).ToContainTextAsync("Bijrijder: de raad stelt kaders en geeft zienswijzen");
        await Assertions.Expect(_page.Locator("dl.facts").First).ToContainTextAsync("zienswijze op begroting en regeling; actieve informatieplicht van het bestuur");
        await Assertions.Expect(_page.Locator("dl.facts").First).ToContainTextAsync("volgende evaluatie 15 januari 2027 – elke 4 jaar");
        await Assertions.Expect(_page.Locator("#zes-vragen")).ToContainTextAsync("Ambtelijke fusie past in de regiovisie West-Overijssel.");
        await Assertions.Expect(_page.Locator("#zes-vragen .gap")).ToHaveCountAsync(5);
        await Accessibility.AssertNoSeriousViolations(_page);

        await _page.GotoAsync("/");
        var reminder = _page.Locator("#evaluaties li").Filter(new() { HasText = "Bestuursdienst Ommen-Hardenberg" });
        await Assertions.Expect(reminder).ToContainTextAsync("evaluatie uiterlijk op 15 januari 2027");
        await Accessibility.AssertNoSeriousViolations(_page);
    }
}
