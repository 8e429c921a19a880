using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verbonden.TestSupport;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Api;

/// <summary>The register API over real HTTP on loopback, against SQLite and PostgreSQL.</summary>
public sealed class RegisterApiTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Regelingen_FilterByParticipantAndForm(string provider)
    {
        await using var app = await Disposable(provider);
        var page = await app.Http.GetFromJsonAsync<JsonElement>("/api/v1/regelingen?deelnemer=GM0175&vorm=openbaar-lichaam");
        var names = page.GetProperty("regelingen").EnumerateArray().Select(r => r.GetProperty("naam").GetString()).ToList();
        Assert.Contains("Bestuursdienst Ommen-Hardenberg (BOH)", names);
        Assert.All(page.GetProperty("regelingen").EnumerateArray(), r => Assert.Equal("openbaar-lichaam", r.GetProperty("samenwerkingsvorm").GetString()));
        Assert.Equal(names.Count, page.GetProperty("totaal").GetInt32());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OrganisatieRegelingen_CountsPerCategory(string provider)
    {
        await using var app = await Disposable(provider);
        var body = await app.Http.GetFromJsonAsync<JsonElement>("/api/v1/organisaties/GM0175/regelingen");
        var items = body.GetProperty("regelingen").EnumerateArray().ToList();
        var counts = body.GetProperty("aantallenPerCategorie");
        // Every listed arrangement is counted in exactly one category.
        Assert.Equal(items.Count, counts.EnumerateObject().Sum(c => c.Value.GetInt32()));
        Assert.Equal(items.Count(i => i.GetProperty("categorie").GetString() == "publiek-wgr-ol"), counts.GetProperty("publiek-wgr-ol").GetInt32());
        Assert.Contains(items, i => i.GetProperty("naam").GetString() == "Bestuursdienst Ommen-Hardenberg (BOH)");
    }

    [Fact]
    public async Task UnknownArrangement_IsProblemJson404()
    {
        await using var app = await Disposable("sqlite");
        var response = await app.Http.GetAsync("/api/v1/regelingen/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("999999", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TrailingSlash_Is404NotRedirect()
    {
        await using var app = await Disposable("sqlite");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Http.BaseAddress };
        var response = await http.GetAsync("/api/v1/regelingen/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EveryApiResponse_CarriesApiVersionHeader()
    {
        await using var app = await Disposable("sqlite");
        foreach (var url in new[] { "/api/v1/regelingen", "/api/v1/regelingen/999999", "/api/v1/organisaties/GM0153", "/api/v1/regelingen?vorm=onzin" })
        {
            var response = await app.Http.GetAsync(url);
            Assert.True(response.Headers.TryGetValues("API-Version", out var v), url);
            Assert.Equal("1.0.0", v!.Single());
        }
    }

    [Fact]
    public async Task Create_WithInvalidFields_ListsAllErrorsAndWritesNothing()
    {
        await using var app = await Disposable("sqlite");
        int before;
        await using (var db = app.Fixture.OpenDb()) before = await db.Arrangements.CountAsync();
        using var admin = await app.Admin();
        var response = await admin.PostAsJsonAsync("/api/v1/regelingen", new { naam = "", samenwerkingsvorm = "holding", datumInwerkingtreding = "1-1-2015", rsin = "123456789" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["datumInwerkingtreding", "naam", "rsin", "samenwerkingsvorm"], errors.EnumerateObject().Select(e => e.Name).Order().ToArray());
        await using (var db = app.Fixture.OpenDb()) Assert.Equal(before, await db.Arrangements.CountAsync());
    }

    [Fact]
    public async Task Create_MalformedJson_Is400NamingThePosition()
    {
        await using var app = await Disposable("sqlite");
        using var admin = await app.Admin();
        var response = await admin.PostAsync("/api/v1/regelingen", new StringContent("{\"naam\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 1", await response.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateThenUpdate_StaleVersionIsConflict(string provider)
    {
        await using var app = await Disposable(provider);
        using var admin = await app.Admin();
        var created = await admin.PostAsJsonAsync("/api/v1/regelingen", new { naam = "Testregeling", samenwerkingsvorm = "openbaar-lichaam", datumInwerkingtreding = "2015-01-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var url = created.Headers.Location!.ToString();
        var version = body.GetProperty("versie").GetInt32();

        var first = await admin.PutAsJsonAsync(url, new { naam = "Testregeling A", samenwerkingsvorm = "openbaar-lichaam", versie = version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await admin.PutAsJsonAsync(url, new { naam = "Testregeling B", samenwerkingsvorm = "openbaar-lichaam", versie = version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Testregeling A", await second.Content.ReadAsStringAsync());
        var now = await app.Http.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("Testregeling A", now.GetProperty("naam").GetString());
    }

    [Fact]
    public async Task AddParticipant_ValidatesOrganisationAndDuplicates()
    {
        await using var app = await Disposable("sqlite");
        using var admin = await app.Admin();
        var created = await admin.PostAsJsonAsync("/api/v1/regelingen", new { naam = "Deelnemerstest", samenwerkingsvorm = "bedrijfsvoeringsorganisatie" });
        var url = created.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync(url + "/deelnemers", new { deelnemer = "GM0153", stemmen = "2" })).StatusCode);
        var duplicate = await admin.PostAsJsonAsync(url + "/deelnemers", new { deelnemer = "gm0153" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var unknown = await admin.PostAsJsonAsync(url + "/deelnemers", new { deelnemer = "GM9999", toegetreden = "gisteren" });
        var errors = (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("deelnemer", out _));
        Assert.True(errors.TryGetProperty("toegetreden", out _));
        var list = await app.Http.GetFromJsonAsync<JsonElement>(url + "/deelnemers");
        Assert.Equal("GM0153", list.EnumerateArray().Single().GetProperty("organisatieCode").GetString());
    }

    [Fact]
    public async Task Overzichtskaart_Twente_HasItsFourteenMunicipalities()
    {
        await using var app = await Disposable("sqlite");
        var map = await app.Http.GetFromJsonAsync<JsonElement>("/api/v1/overzichtskaarten/Twente");
        Assert.Equal(14, map.GetProperty("gemeenten").GetArrayLength());
        var enschede = map.GetProperty("gemeenten").EnumerateArray().Single(g => g.GetProperty("code").GetString() == "GM0153");
        var marked = map.GetProperty("regelingen").EnumerateArray().Count(r => r.GetProperty("deelnemers").EnumerateArray().Any(d => d.GetString() == "GM0153") && r.GetProperty("categorie").GetString() != "intentie");
        Assert.Equal(marked, enschede.GetProperty("totaal").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync("/api/v1/overzichtskaarten/Atlantis")).StatusCode);
    }

    [Fact]
    public async Task ArrangementOnAPastDate_ComesFromTheAuditLog()
    {
        await using var app = await Disposable("sqlite");
        using var admin = await app.Admin();
        var created = await admin.PostAsJsonAsync("/api/v1/regelingen", new { naam = "Geschiedenistest", samenwerkingsvorm = "openbaar-lichaam" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/regelingen/{id}", new { naam = "Geschiedenistest, hernoemd", samenwerkingsvorm = "openbaar-lichaam", versie = 0 })).StatusCode);
        // The audit log uses the real clock; the register did not know the arrangement yesterday, and knows its latest name today.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yesterday = await app.Http.GetAsync($"/api/v1/regelingen/{id}/op-datum/{today.AddDays(-2):yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.NotFound, yesterday.StatusCode);
        var now = await app.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regelingen/{id}/op-datum/{today.AddDays(1):yyyy-MM-dd}");
        Assert.Equal("Geschiedenistest, hernoemd", now.GetProperty("naam").GetString());
        Assert.Equal(1, now.GetProperty("versie").GetInt32());
        Assert.StartsWith("beheerder-alle (token", now.GetProperty("laatstGewijzigdDoor").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Http.GetAsync($"/api/v1/regelingen/{id}/op-datum/gisteren")).StatusCode);
        var page = await app.Http.GetStringAsync($"/regelingen/{id}/geschiedenis?opDatum={today.AddDays(-2):yyyy-MM-dd}");
        Assert.Contains("stond deze regeling nog niet", page);
    }

    static async Task<Running> Disposable(string provider) => new(await AppFixture.CreateAsync(provider));

    sealed record Running(AppFixture Fixture) : IAsyncDisposable
    {
        public HttpClient Http => Fixture.Http;
        /// <summary>A beheerder's API client: writes need a token.</summary>
        public Task<HttpClient> Admin() => Fixture.ApiClientAsync(Verbonden.Data.Accounts.Roles.Beheerder);
        public ValueTask DisposeAsync() => new(Fixture.DisposeAsync());
    }
}
