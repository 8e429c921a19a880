using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Verbonden.Web.Features.Grip;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Browser;

/// <summary>A griffier enters the 2027 figures of the BOH, corrects a typing error and finds them in Hardenberg's BBV paragraph.</summary>
public sealed class FinancesBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task EnterFigures_ErrorSummaryTakesFocus_ThenTheBbvReportShowsThem()
    {
        await Page.GotoAsync("/regelingen?q=Ommen-Hardenberg");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Bestuursdienst Ommen-Hardenberg (BOH)" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Financiële gegevens" }).ClickAsync();
        await BrowserLogin.SignInHereAsync(Page, App, "redacteur-hardenberg", Verbonden.Data.Accounts.Roles.Redacteur, "GM0160");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Financiële gegevens 2027");
        await Accessibility.AssertNoSeriousViolations(Page);

        var hardenberg = Page.GetByRole(AriaRole.Group, new() { Name = "Hardenberg (GM0160)" });
        await Page.GetByLabel("Eigen vermogen aan het begin van het jaar").FillAsync("1.250.000");
        await Page.GetByLabel("Eigen vermogen aan het einde van het jaar").FillAsync("1,300,000.00"); // English notation: refused
        await Page.GetByLabel("Vreemd vermogen aan het begin van het jaar").FillAsync("400000.5");
        await Page.GetByLabel("Vreemd vermogen aan het einde van het jaar").FillAsync("350.000,25");
        await Page.GetByLabel("Verwacht financieel resultaat").FillAsync("-12.500");
        await hardenberg.GetByLabel("Bijdrage").FillAsync("1.234.567,89");
        await hardenberg.GetByLabel("Leningen").FillAsync("-5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();

        var summary = Page.GetByRole(AriaRole.Heading, new() { Name = "Controleer deze 2 velden" });
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(Page.Locator(".error-summary a[href='#eigen-vermogen-einde']")).ToBeVisibleAsync();
        await Assertions.Expect(Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Fout: "));
        await Accessibility.AssertNoSeriousViolations(Page);
        // What was typed is kept, so only the two fields need correcting.
        await Assertions.Expect(hardenberg.GetByLabel("Bijdrage")).ToHaveValueAsync("1.234.567,89");

        await Page.GetByLabel("Eigen vermogen aan het einde van het jaar").FillAsync("1300000.00");
        await hardenberg.GetByLabel("Leningen").FillAsync("50.000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("opgeslagen");
        await Assertions.Expect(hardenberg.GetByLabel("Bijdrage")).ToHaveValueAsync("1234567,89");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Paragraaf verbonden partijen 2027 van Hardenberg" }).ClickAsync();
        var boh = Page.Locator("article.partij").Filter(new() { HasText = "Bestuursdienst Ommen-Hardenberg" });
        static string M(decimal d) => Fmt.Money(d).Replace('\u00A0', ' ');
        await Assertions.Expect(boh).ToContainTextAsync(M(1_234_567.89m));
        await Assertions.Expect(boh).ToContainTextAsync($"begin {M(1_250_000m)}, einde {M(1_300_000m)}");
        await Assertions.Expect(boh).ToContainTextAsync($"begin {M(400_000.50m)}, einde {M(350_000.25m)}");
        await Assertions.Expect(boh).ToContainTextAsync(M(50_000m));
        await Assertions.Expect(boh).ToContainTextAsync(M(-12_500m));
        // The figures are no longer reported as missing (the public interest still is: the inventory does not give it).
        var gaps = await boh.Locator("p:has(.flag)").AllInnerTextsAsync();
        Assert.DoesNotContain(gaps, g => g.Contains("vermogen") || g.Contains("resultaat"));

        // Saving twice did not add rows.
        await using var db = App.OpenDb();
        var id = await db.Arrangements.Where(a => a.Name == "Bestuursdienst Ommen-Hardenberg (BOH)").Select(a => a.Id).SingleAsync();
        Assert.Equal(1, await db.ArrangementYears.CountAsync(y => y.ArrangementId == id && y.Year == 2027));
        Assert.Equal(1, await db.ParticipantFinances.CountAsync(f => f.ArrangementId == id && f.Year == 2027));
    }
}
