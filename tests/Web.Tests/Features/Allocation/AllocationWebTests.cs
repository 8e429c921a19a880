using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Core.Register;
using Verbonden.TestSupport;

namespace Verbonden.Web.Tests.Features.Allocation;

public sealed partial class AllocationWebTests : IAsyncLifetime
{
    TestDatabase _db = null!;
    WebApplication _app = null!;
    HttpClient _http = null!;
    int _arrangementId;

    const string Boh = """
        {"year": 2026,
         "participants": [{"id": "GM0175", "name": "Ommen"}, {"id": "GM0160", "name": "Hardenberg"}],
         "lines": [
           {"name": "Bestuursdienst", "method": "percentage", "amount": "48123456.79", "percentages": {"GM0175": "25", "GM0160": "75"}},
           {"name": "Opstartkosten", "method": "equal", "kind": "one-off", "amount": "1000000.01"}],
         "scenarios": [{"name": "Ommen treedt uit", "type": "exit", "participant": "GM0175", "frictionalCosts": "100000", "years": 2, "staffTakenOver": "5000"}]}
        """;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await using (var ctx = _db.Open())
        {
            var ommen = new Organisation { Code = "GM0175", Name = "Ommen", Type = OrganisationType.Gemeente };
            var hardenberg = new Organisation { Code = "GM0160", Name = "Hardenberg", Type = OrganisationType.Gemeente };
            ctx.Organisations.AddRange(ommen, hardenberg);
            await ctx.SaveChangesAsync();
            var a = new Arrangement { Name = "Bestuursdienst Ommen-Hardenberg", LegalForm = LegalForm.OpenbaarLichaam };
            a.AddParticipant(ommen.Id);
            a.AddParticipant(hardenberg.Id);
            ctx.Arrangements.Add(a);
            await ctx.SaveChangesAsync();
            _arrangementId = a.Id;
        }
        _app = WebApp.Build(new WebOptions(_db.ConnectionString, "http://127.0.0.1:0"));
        await _app.StartAsync();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
        {
            BaseAddress = new Uri(_app.Urls.First()),
        };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    async Task SignInAsync(string name, string role, string organisation)
    {
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Verbonden.Web.Features.Accounts.AccountAdmin>()
                .AddUserAsync(name, role, organisation, Verbonden.Web.Tests.Infrastructure.AppFixture.Password, default);
        var token = await Verbonden.Web.Tests.Infrastructure.AppFixture.FormTokenAsync(_http, "/inloggen");
        var signedIn = await _http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = name, ["Wachtwoord"] = Verbonden.Web.Tests.Infrastructure.AppFixture.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    Task<HttpResponseMessage> PostJson(string url, string json) =>
        _http.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Api_ReturnsTheAllocationWithAmountsAsStrings()
    {
        var response = await PostJson("/api/v1/kostenverdelingen", Boh);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("49123456.80", doc.RootElement.GetProperty("total").GetString());
        Assert.Equal("12530864.21", doc.RootElement.GetProperty("participants")[0].GetProperty("total").GetString());
        Assert.Equal("20000.00", doc.RootElement.GetProperty("scenarios")[0].GetProperty("exit").GetProperty("bill").GetString());
    }

    [Fact]
    public async Task Api_InvalidInputIsAProblemDocumentWithEveryError()
    {
        var bad = Boh.Replace("\"75\"", "\"70\"").Replace("\"equal\"", "\"gelijk\"");
        var response = await PostJson("/api/v1/kostenverdelingen", bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = doc.RootElement.GetProperty("errors");
        Assert.Contains("add up to 95, not 100", errors.GetProperty("lines[0].percentages")[0].GetString());
        Assert.Contains("unknown method 'gelijk'", errors.GetProperty("lines[1].method")[0].GetString());
        Assert.Equal(400, doc.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Api_MalformedJsonIsAProblemDocumentToo()
    {
        var response = await PostJson("/api/v1/kostenverdelingen", "{\"year\": 2026, \"lines\": [");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Api_CsvAndXlsxFormats()
    {
        var csv = await PostJson("/api/v1/kostenverdelingen?format=csv", Boh);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("GM0160,Hardenberg,36092592.59,500000.00,36592592.59", await csv.Content.ReadAsStringAsync());
        var xlsx = await PostJson("/api/v1/kostenverdelingen?format=xlsx", Boh);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK", Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
    }

    [Fact]
    public async Task Page_PrefillsTheParticipantsOfTheArrangement()
    {
        var html = await _http.GetStringAsync($"/regelingen/{_arrangementId}/kostenverdeling");
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Kostenverdeling</h1>", html);
        Assert.Contains("GM0175", html);
        Assert.Contains("Hardenberg", html);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/regelingen/999/kostenverdeling")).StatusCode);
    }

    [Fact]
    public async Task Page_SaveThenShowsTableChartAndScenario()
    {
        // Saving needs an account that may edit the arrangement; computing a preview does not.
        var anonymous = await PostForm("Save", Boh);
        Assert.Contains("Inloggen", await anonymous.Content.ReadAsStringAsync());
        await SignInAsync("redacteur-ommen", Verbonden.Data.Accounts.Roles.Redacteur, "GM0175");
        var response = await PostForm("Save", Boh);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("is opgeslagen", html);
        Assert.Contains("€ 12.030.864,20", html);
        Assert.Contains("<svg role=\"img\"", html);
        Assert.Contains("Ommen treedt uit", html);
        Assert.DoesNotContain(" style=", html);
        await using var ctx = _db.Open();
        Assert.Equal(2026, (await ctx.AllocationPlans.SingleAsync()).Year);
    }

    [Fact]
    public async Task Page_ShowsDutchErrorsAndDownloadsCsv()
    {
        var html = WebUtility.HtmlDecode(await (await PostForm(null, Boh.Replace("\"75\"", "\"70\""))).Content.ReadAsStringAsync());
        Assert.Contains("de percentages tellen op tot 95 in plaats van 100", html);

        var csv = await PostForm("Csv", Boh);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("id,name,Bestuursdienst", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_MeasuresFromCsvReplaceTheInputsMeasures()
    {
        var input = Boh.Replace("\"method\": \"percentage\", \"amount\": \"48123456.79\", \"percentages\": {\"GM0175\": \"25\", \"GM0160\": \"75\"}",
            "\"method\": \"key\", \"amount\": \"1000.00\", \"measure\": \"inwoners\"");
        var csv = "code;inwoners\nGM0175;1\nGM0160;3\n";
        var html = WebUtility.HtmlDecode(await (await PostForm(null, input, csv)).Content.ReadAsStringAsync());
        Assert.Contains("€ 250,00", html);
        Assert.Contains("€ 750,00", html);
    }

    async Task<HttpResponseMessage> PostForm(string? handler, string input, string? measuresCsv = null)
    {
        var url = $"/regelingen/{_arrangementId}/kostenverdeling";
        var token = Token().Match(await _http.GetStringAsync(url)).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(input), "Input" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (measuresCsv is not null)
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(measuresCsv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "MeasuresFile", "inwoners.csv");
        return await _http.PostAsync(handler is null ? url : $"{url}?handler={handler}", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
