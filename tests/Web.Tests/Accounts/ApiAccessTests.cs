using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Verbonden.Web.Tests.Accounts;

/// <summary>
/// Each role may do exactly what it may on the API and gets 403 otherwise; anonymous callers get 401 on writes and
/// read everything public. Expected outcomes per caller are listed in the same order as <see cref="AccessFixture.Callers"/>:
/// anoniem, beheerder, redacteur (Enschede), redacteur-elders (Hengelo), provincie, griffie (Enschede).
/// </summary>
public sealed class ApiAccessTests(AccessFixture f) : IClassFixture<AccessFixture>
{
    static void AssertMatrix(IReadOnlyList<HttpStatusCode> expected, IReadOnlyList<HttpStatusCode> actual, string what) =>
        Assert.True(expected.SequenceEqual(actual), $"{what}: expected {string.Join(", ", expected.Select((s, i) => $"{AccessFixture.Callers[i]} {(int)s}"))}; " +
            $"got {string.Join(", ", actual.Select((s, i) => $"{AccessFixture.Callers[i]} {(int)s}"))}");

    async Task<List<HttpStatusCode>> ForEachCaller(Func<HttpClient, string, Task<HttpResponseMessage>> call)
    {
        var codes = new List<HttpStatusCode>();
        foreach (var caller in AccessFixture.Callers)
        {
            using var response = await call(await f.Api(caller), caller);
            codes.Add(response.StatusCode);
        }
        return codes;
    }

    const HttpStatusCode Ok = HttpStatusCode.OK, Created = HttpStatusCode.Created, No = HttpStatusCode.Forbidden, Anon = HttpStatusCode.Unauthorized;

    [Fact]
    public async Task UpdateArrangement_OnlyBeheerderAndRedacteurOfAParticipant()
    {
        var codes = await ForEachCaller(async (http, caller) =>
        {
            var current = await f.App.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regelingen/{f.Own}");
            return await http.PutAsJsonAsync($"/api/v1/regelingen/{f.Own}", new { naam = "Toegangstest GR", samenwerkingsvorm = "openbaar-lichaam", vestigingsplaats = caller, versie = current.GetProperty("versie").GetInt32() });
        });
        AssertMatrix([Anon, Ok, Ok, No, No, No], codes, "PUT /regelingen/{id}");
        await using var db = f.App.OpenDb();
        // Only the two allowed updates were saved, each in the audit log under the token's user.
        var actors = await db.AuditEntries.Where(e => e.ArrangementId == f.Own && e.Action == "update").Select(e => e.Actor).ToListAsync();
        Assert.Contains("api-beheerder (token test)", actors);
        Assert.Contains("api-redacteur (token test)", actors);
        Assert.DoesNotContain(actors, a => a.StartsWith("api-provincie") || a.StartsWith("api-griffie") || a.StartsWith("api-redacteur-elders"));
    }

    [Fact]
    public async Task UpdateOtherArrangement_RedacteurOfEnschedeIsRefused()
    {
        var current = await f.App.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regelingen/{f.Other}");
        using var response = await (await f.Api("redacteur")).PutAsJsonAsync($"/api/v1/regelingen/{f.Other}",
            new { naam = "Gekaapt", samenwerkingsvorm = "openbaar-lichaam", versie = current.GetProperty("versie").GetInt32() });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("own organisation", await response.Content.ReadAsStringAsync());
        Assert.Equal("Andere GR", (await f.App.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regelingen/{f.Other}")).GetProperty("naam").GetString());
    }

    [Fact]
    public async Task AddParticipant_OnlyBeheerderAndRedacteurOfAParticipant()
    {
        var next = new Queue<string>(["GM0141", "GM0147", "GM0148", "GM0150", "GM1774", "GM0158"]);
        var codes = await ForEachCaller((http, _) => http.PostAsJsonAsync($"/api/v1/regelingen/{f.Own}/deelnemers", new { deelnemer = next.Dequeue() }));
        AssertMatrix([Anon, Created, Created, No, No, No], codes, "POST /regelingen/{id}/deelnemers");
    }

    [Fact]
    public async Task CreateArrangement_BeheerderAndRedacteur_RedacteursOrganisationTakesPart()
    {
        var codes = await ForEachCaller((http, caller) => http.PostAsJsonAsync("/api/v1/regelingen", new { naam = $"Nieuw door {caller}", samenwerkingsvorm = "regeling-zonder-meer" }));
        AssertMatrix([Anon, Created, Created, Created, No, No], codes, "POST /regelingen");
        await using var db = f.App.OpenDb();
        var byRedacteur = await db.Arrangements.Include(a => a.Participations).ThenInclude(p => p.Organisation).SingleAsync(a => a.Name == "Nieuw door redacteur");
        Assert.Equal("GM0153", byRedacteur.Participations.Single().Organisation!.Code);
    }

    [Fact]
    public async Task RecordZienswijze_OnlyBeheerderAndTheCouncilsOwnGriffie()
    {
        var codes = await ForEachCaller((http, _) => http.PostAsJsonAsync($"/api/v1/regelingen/{f.Own}/zienswijzen",
            new { organisatie = "GM0153", jaar = 2027, ontvangen = "2026-06-01", tekst = "Akkoord." }));
        AssertMatrix([Anon, Created, No, No, No, Created], codes, "POST /regelingen/{id}/zienswijzen for Enschede");
        // Enschede's griffie may not speak for Tubbergen's council.
        using var forOther = await (await f.Api("griffie")).PostAsJsonAsync($"/api/v1/regelingen/{f.Own}/zienswijzen",
            new { organisatie = "GM0183", jaar = 2027, ontvangen = "2026-06-01", tekst = "Namens een ander." });
        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
    }

    [Fact]
    public async Task SupervisoryNotes_OnlyProvinceAndBeheerderReadAndWrite()
    {
        var writes = await ForEachCaller((http, caller) => http.PostAsJsonAsync($"/api/v1/regelingen/{f.Own}/toezichtnotities", new { tekst = $"Notitie van {caller}" }));
        AssertMatrix([Anon, Created, No, No, Created, No], writes, "POST toezichtnotities");
        var reads = await ForEachCaller((http, _) => http.GetAsync($"/api/v1/regelingen/{f.Own}/toezichtnotities"));
        AssertMatrix([Anon, Ok, No, No, Ok, No], reads, "GET toezichtnotities");
        var notes = await (await f.Api("provincie")).GetFromJsonAsync<JsonElement>($"/api/v1/regelingen/{f.Own}/toezichtnotities");
        Assert.Contains(notes.EnumerateArray(), n => n.GetProperty("tekst").GetString() == "Notitie van provincie" && n.GetProperty("auteur").GetString() == "api-provincie (token test)");
    }

    [Fact]
    public async Task EndpointAddedLater_WritesNeedBeheerder_UnlessMarkedAnonymous()
    {
        var codes = await ForEachCaller((http, _) => http.PostAsync("/api/v1/later-opslaan", null));
        AssertMatrix([Anon, Ok, No, No, No, No], codes, "POST on an endpoint without policy");
        var compute = await ForEachCaller((http, _) => http.PostAsync("/api/v1/later-berekenen", null));
        AssertMatrix([Ok, Ok, Ok, Ok, Ok, Ok], compute, "POST on a computation marked AllowAnonymous");
    }

    [Fact]
    public async Task PublicReads_AreOpenToEveryone()
    {
        foreach (var url in new[] { "/api/v1/regelingen", $"/api/v1/regelingen/{f.Own}", "/api/v1/organisaties/GM0153", $"/api/v1/regelingen/{f.Own}/zienswijzen?jaar=2027" })
        {
            var codes = await ForEachCaller((http, _) => http.GetAsync(url));
            AssertMatrix([Ok, Ok, Ok, Ok, Ok, Ok], codes, "GET " + url);
        }
    }

    [Fact]
    public async Task BadToken_Is401ProblemWithBearerChallenge()
    {
        using var http = new HttpClient { BaseAddress = f.App.Http.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "vb_not-a-real-token");
        using var response = await http.PostAsJsonAsync("/api/v1/regelingen", new { naam = "X", samenwerkingsvorm = "overeenkomst" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("unknown, expired or revoked", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignInCookie_DoesNotAuthenticateTheApi()
    {
        // The API takes bearer tokens only, so a form on another site cannot make a signed-in browser write through it.
        var web = await f.Web("beheerder");
        using var response = await web.PostAsJsonAsync("/api/v1/regelingen", new { naam = "Via cookie", samenwerkingsvorm = "overeenkomst" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
