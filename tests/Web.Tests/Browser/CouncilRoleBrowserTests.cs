using Microsoft.Playwright;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Browser;

/// <summary>A griffier records the council's role, instruments, evaluation and an answer for the BOH; the information
/// sheet shows them, the unanswered questions as gaps, and the start page reminds of the coming evaluation.</summary>
public sealed class CouncilRoleBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task RecordRoleAndAnswers_ErrorSummaryTakesFocus_ThenInfoSheetShowsThemAndTheGaps()
    {
        await Page.GotoAsync("/regelingen?q=Ommen-Hardenberg");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Bestuursdienst Ommen-Hardenberg (BOH)" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Rol van de raad en de zes vragen" }).ClickAsync();
        await BrowserLogin.SignInHereAsync(Page, App, "redacteur-ommen", Verbonden.Data.Accounts.Roles.Redacteur, "GM0175");
        await Accessibility.AssertNoSeriousViolations(Page);

        await Page.GetByLabel("Rol van de raad").SelectOptionAsync("Bijrijder");
        await Page.GetByLabel("Zienswijze op begroting en regeling").CheckAsync();
        await Page.GetByLabel("Actieve informatieplicht").CheckAsync();
        await Page.GetByLabel("Evaluatie-interval volgens de regeling (jaren)").FillAsync("0");
        await Page.GetByLabel("Datum van de laatste evaluatie").FillAsync("15-01-2024");
        await Page.GetByLabel("Visie (niet verplicht)").FillAsync("Ambtelijke fusie past in de regiovisie West-Overijssel.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Controleer deze 2 velden" })).ToBeFocusedAsync();
        await Accessibility.AssertNoSeriousViolations(Page);
        await Assertions.Expect(Page.GetByLabel("Zienswijze op begroting en regeling")).ToBeCheckedAsync();

        // Evaluated in January 2023 every four years: the next evaluation is due on 15 January 2027, within six months of 22 November 2026.
        await Page.GetByLabel("Evaluatie-interval volgens de regeling (jaren)").FillAsync("4");
        await Page.GetByLabel("Datum van de laatste evaluatie").FillAsync("2023-01-15");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/raadsinformatie$"));
        await Assertions.Expect(Page.Locator("dl.facts").First).ToContainTextAsync("Bijrijder: de raad stelt kaders en geeft zienswijzen");
        await Assertions.Expect(Page.Locator("dl.facts").First).ToContainTextAsync("zienswijze op begroting en regeling; actieve informatieplicht van het bestuur");
        await Assertions.Expect(Page.Locator("dl.facts").First).ToContainTextAsync("volgende evaluatie 15 januari 2027 – elke 4 jaar");
        await Assertions.Expect(Page.Locator("#zes-vragen")).ToContainTextAsync("Ambtelijke fusie past in de regiovisie West-Overijssel.");
        await Assertions.Expect(Page.Locator("#zes-vragen .gap")).ToHaveCountAsync(5);
        await Accessibility.AssertNoSeriousViolations(Page);

        await Page.GotoAsync("/");
        var reminder = Page.Locator("#evaluaties li").Filter(new() { HasText = "Bestuursdienst Ommen-Hardenberg" });
        await Assertions.Expect(reminder).ToContainTextAsync("evaluatie uiterlijk op 15 januari 2027");
        await Accessibility.AssertNoSeriousViolations(Page);
    }
}
