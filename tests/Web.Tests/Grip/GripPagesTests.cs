using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Verbonden.Web.Tests.Grip;

public class GripPagesTests(GripWebFixture f) : IClassFixture<GripWebFixture>
{
    [Fact]
    public async Task CalendarPage_ListsEveryStep_FlagsUnknownForm_AndExportsIcs()
    {
        var page = await f.OpenAsync("/kalender?gemeente=gm0153&jaar=2027");
        Assert.EndsWith("/organisaties/GM0153/kalender?jaar=2027", page.Url);
        Assert.Equal(21, await page.Locator("#kalender tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("#kalender")).ToContainTextAsync("vorm onbekend");
        await Assertions.Expect(page.Locator("#kalender")).ToContainTextAsync("art. 35 lid 3 Wgr");
        await Assertions.Expect(page.Locator("#zienswijzen")).ToContainTextAsync("GGD Twente: Te laat ontvangen, ontvangen 25 juni 2026");
        await GripWebFixture.AssertAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Kalender downloaden voor uw agenda (ICS)").ClickAsync());
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.Equal(21, ics.Split("BEGIN:VEVENT").Length - 1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ZienswijzenPage_ShowsLateAndSilentCouncils_AndRecordsOne()
    {
        var page = await f.OpenAsync($"/regelingen/{f.Seed.Ggd}/zienswijzen?jaar=2027");
        var rows = page.Locator("#raden-tabel tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Enschede" })).ToContainTextAsync("Te laat ontvangen");
        await Assertions.Expect(rows.Filter(new() { HasText = "Hengelo" })).ToContainTextAsync("Op tijd ontvangen");
        await Assertions.Expect(rows.Filter(new() { HasText = "Tubbergen" })).ToContainTextAsync("Geen zienswijze ontvangen");
        await GripWebFixture.AssertAccessibleAsync(page);

        // Recording is for the griffie of the council (or a beheerder): sign in as Tubbergen's griffie.
        await f.SignInAsync(page, "griffie-tubbergen", "griffie", "GM0183");
        // Submitting without a council shows the errors instead of saving.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zienswijze opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Kies de gemeente.");

        await page.GetByLabel("Gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Tubbergen" });
        await page.GetByLabel("Ontvangen op").FillAsync("2026-06-20");
        await page.GetByLabel("Tekst van de zienswijze").FillAsync("De raad stemt in met de ontwerpbegroting.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zienswijze opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#raden-tabel tbody tr").Filter(new() { HasText = "Tubbergen" })).ToContainTextAsync("Op tijd ontvangen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BbvPage_ShowsTotals_AndDownloadsPdfAndXlsx()
    {
        var page = await f.OpenAsync("/organisaties/GM0153/verbonden-partijen/2027");
        // 1.234.567,89 + 250.000,11 + 45.000,50 + 1.000.000 + 10.000 = 2.539.568,50
        await Assertions.Expect(page.Locator("#totaal")).ToContainTextAsync("2.539.568,50");
        await Assertions.Expect(page.Locator("h2")).ToContainTextAsync(["Gemeenschappelijke regeling (3)", "Vennootschap of coöperatie (1)", "Stichting of vereniging (0)", "Overige verbonden partij (0)", "Totaal"]);
        await GripWebFixture.AssertAccessibleAsync(page);

        using (var http = new HttpClient { BaseAddress = new Uri(f.BaseUrl) })
        {
            var direct = await http.GetAsync("/organisaties/GM0153/verbonden-partijen/2027.pdf");
            Assert.True(direct.IsSuccessStatusCode, await direct.Content.ReadAsStringAsync());
            Assert.Equal("application/pdf", direct.Content.Headers.ContentType!.MediaType);
        }
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-pdf").ClickAsync());
        var pdfBytes = await File.ReadAllBytesAsync((await pdf.PathAsync())!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdfBytes, 0, 4));
        Assert.Equal("verbonden-partijen-GM0153-2027.pdf", pdf.SuggestedFilename);

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-xlsx").ClickAsync());
        using var doc = SpreadsheetDocument.Open((await xlsx.PathAsync())!, false);
        var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var last = rows.Last();
        Cell At(string column) => last.Elements<Cell>().Single(c => c.CellReference == column + last.RowIndex);
        Assert.Equal("Totaal", At("B").InnerText);
        Assert.Equal(1_234_567.89m + 250_000.11m, decimal.Parse(At("I").CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(45_000.50m, decimal.Parse(At("J").CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NetworkPage_DrawsTheGraph_ExplainsMeasures_AndHighlights()
    {
        var page = await f.OpenAsync("/netwerk?gemeente=GM0153&peildatum=2026-01-01&vergelijk=2014-01-01");
        Assert.Equal(4, await page.Locator("svg.network g.arr").CountAsync());
        Assert.Equal(3, await page.Locator("svg.network g.org").CountAsync());
        await Assertions.Expect(page.Locator("#maten")).ToContainTextAsync("Congruentie");
        await Assertions.Expect(page.Locator("#maten")).ToContainTextAsync("Jaccard");
        await Assertions.Expect(page.Locator("#trend")).ToContainTextAsync("regelingen 0 → 4 (+4)");
        await GripWebFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Markeer een deelnemer in de tekening").SelectOptionAsync(new SelectOptionValue { Label = "Tubbergen" });
        // Tubbergen takes part only in the GGD: the other three arrangements are dimmed.
        await Assertions.Expect(page.Locator("svg.network g.arr.dim")).ToHaveCountAsync(3);

        var svg = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download het netwerk als SVG").ClickAsync());
        var text = await File.ReadAllTextAsync((await svg.PathAsync())!);
        System.Xml.Linq.XDocument.Parse(text);
        Assert.Contains("<style>", text);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InfoSheet_ShowsAnswersAndGaps()
    {
        var page = await f.OpenAsync($"/regelingen/{f.Seed.Ggd}/raadsinformatie");
        await Assertions.Expect(page.Locator("#zes-vragen")).ToContainTextAsync("Samen sterk in Twente.");
        Assert.Equal(5, await page.Locator("#zes-vragen .gap").CountAsync());
        await Assertions.Expect(page.Locator("#deelnemers")).ToContainTextAsync("3 van 6");
        await GripWebFixture.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Api_BadInput_Gives400ProblemJsonWithAllErrors()
    {
        using var http = new HttpClient { BaseAddress = new Uri(f.BaseUrl) };
        var r = await http.GetAsync("/api/v1/organisaties/GM0153/kalender?formaat=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("jaar", out _));
        Assert.True(errors.TryGetProperty("formaat", out _));

        var ok = await http.GetAsync("/api/v1/organisaties/GM0153/kalender?jaar=2027&formaat=ics");
        Assert.Equal("text/calendar", ok.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/organisaties/GM9999/kalender?jaar=2027")).StatusCode);
    }
}
