using Microsoft.Playwright;
using Verbonden.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Verbonden.Web.Tests.Keuzehulp;

/// <summary>The keuzehulp wizard end to end in a real browser, with axe-core (WCAG 2.1 A/AA) on every step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WizardBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    AppFixture _app = null!;
    readonly List<IBrowserContext> _contexts = [];

    public async Task InitializeAsync() => _app = await AppFixture.CreateAsync("sqlite");

    public async Task DisposeAsync()
    {
        foreach (var c in _contexts) await c.CloseAsync();
        await _app.DisposeAsync();
    }

    static Task AssertAccessible(IPage page) => Accessibility.AssertNoSeriousViolations(page);

    async Task<IPage> NewPage()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        _contexts.Add(page.Context);
        page.SetDefaultTimeout(15_000);
        return page;
    }

    static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task Wizard_leads_from_start_to_a_printable_advice()
    {
        var page = await NewPage();
        await page.GotoAsync($"{_app.BaseUrl}/keuzehulp");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Keuzehulp samenwerkingsvorm", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessible(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Start de keuzehulp" }).ClickAsync();

        // Step 1: one participant is not a cooperation; the error summary takes focus and links to the field.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wie doen mee?" })).ToBeVisibleAsync();
        await AssertAccessible(page);
        await page.Locator("#deelnemer-0-naam").FillAsync("Dinkelland");
        await page.Locator("#deelnemer-0-soort").SelectOptionAsync("gemeente");
        await Button(page, "Volgende: taken").ClickAsync();
        var summary = page.Locator(".error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#deelnemer-1-naam");
        await Expect(page.Locator("#deelnemer-1-naam")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertAccessible(page);
        await Button(page, "Meer deelnemers").ClickAsync();
        await Expect(page.Locator("#deelnemer-6-naam")).ToBeVisibleAsync();
        await Expect(page.Locator("#deelnemer-0-naam")).ToHaveValueAsync("Dinkelland");
        await page.Locator("#deelnemer-1-naam").FillAsync("Tubbergen");
        await page.Locator("#deelnemer-1-soort").SelectOptionAsync("gemeente");
        await Button(page, "Volgende: taken").ClickAsync();

        // Step 2: a regulatory task needs a power holder.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welke taken deelt u?" })).ToBeVisibleAsync();
        await AssertAccessible(page);
        await page.Locator("#taak-0-naam").FillAsync("Bedrijfsvoering en uitvoering");
        await page.Locator("#taak-0-soort").SelectOptionAsync("beleidsuitvoering");
        await page.Locator("#taak-0-regelgevend").CheckAsync();
        await Button(page, "Volgende: eisen en doelen").ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("kies wie die bevoegdheid heeft");
        await page.Locator("#taak-0-regelgevend").UncheckAsync();
        await page.Locator("#taak-0-bevoegdheid").SelectOptionAsync("college");
        await Button(page, "Volgende: eisen en doelen").ClickAsync();

        // Step 3: own staff, goals, council role, and the law of 1 January 2015 (Noaberkracht's move to a BVO).
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wat moet de samenwerking kunnen?" })).ToBeVisibleAsync();
        await AssertAccessible(page);
        await page.GetByLabel("Ja, zij neemt zelf personeel in dienst en sluit zelf contracten").CheckAsync();
        await page.GetByLabel("Kosten", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Kwetsbaarheid").CheckAsync();
        await page.GetByLabel("Achterbank").CheckAsync();
        await page.Locator("#peildatum").FillAsync("2015-01-01");
        await Button(page, "Volgende: weging").ClickAsync();

        // Step 4: weigh flexibility double; a weight out of range is refused.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wat vindt u belangrijk?" })).ToBeVisibleAsync();
        await AssertAccessible(page);
        await page.GetByLabel("Flexibiliteit").FillAsync("11");
        await Button(page, "Naar het advies").ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Flexibiliteit");
        await page.GetByLabel("Flexibiliteit").FillAsync("2,5");
        await Button(page, "Naar het advies").ClickAsync();

        // Step 5: the advice.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanbevolen: Bedrijfsvoeringsorganisatie (Wgr)" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Getoetst aan het recht van 1 januari 2015");
        await Expect(page.Locator("main")).ToContainTextAsync("Wgr art. 8 lid 2");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Flexibiliteit" })).ToContainTextAsync("2,5");
        await AssertAccessible(page);

        // The same link shows the same advice; printing hides the navigation and the wizard steps.
        var adviceUrl = page.Url;
        var again = await NewPage();
        await again.GotoAsync(adviceUrl);
        await Expect(again.GetByRole(AriaRole.Heading, new() { Name = "Aanbevolen: Bedrijfsvoeringsorganisatie (Wgr)" })).ToBeVisibleAsync();
        await again.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(again.Locator(".wizard-steps")).ToBeHiddenAsync();
        await Expect(again.Locator("#nav")).ToBeHiddenAsync();
        await Expect(again.GetByRole(AriaRole.Heading, new() { Name = "Alle vormen" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Advice_link_without_state_sends_the_user_to_the_first_step()
    {
        var page = await NewPage();
        await page.GotoAsync($"{_app.BaseUrl}/keuzehulp/advies?s=kapot");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wie doen mee?" })).ToBeVisibleAsync();
    }
}
