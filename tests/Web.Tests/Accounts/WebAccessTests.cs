using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Accounts;

/// <summary>
/// The same rules on the Razor Pages, signed in through /inloggen with the cookie: 403 with the Dutch error page for a
/// signed-in user without the right, a redirect to /inloggen for an anonymous visitor. Outcomes per caller in the order of
/// <see cref="AccessFixture.Callers"/>: anoniem, beheerder, redacteur (Enschede), redacteur-elders (Hengelo), provincie, griffie (Enschede).
/// </summary>
public sealed class WebAccessTests(AccessFixture f) : IClassFixture<AccessFixture>
{
    /// <summary>Saved: redirected onwards after the post. Login: redirected to /inloggen (a pseudo status, to tell the two 302s apart).</summary>
    const HttpStatusCode Ok = HttpStatusCode.OK, Saved = HttpStatusCode.Redirect, No = HttpStatusCode.Forbidden, Login = (HttpStatusCode)1302;

    async Task<List<HttpStatusCode>> ForEachCaller(Func<HttpClient, string, Task<HttpResponseMessage>> call)
    {
        var codes = new List<HttpStatusCode>();
        foreach (var caller in AccessFixture.Callers)
        {
            using var response = await call(await f.Web(caller), caller);
            var toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/inloggen");
            codes.Add(toLogin ? Login : response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Forbidden)
                Assert.Contains("Geen toegang", await response.Content.ReadAsStringAsync());
        }
        return codes;
    }

    static void AssertMatrix(IReadOnlyList<HttpStatusCode> expected, IReadOnlyList<HttpStatusCode> actual, string what) =>
        Assert.True(expected.SequenceEqual(actual), $"{what}: expected {string.Join(", ", expected.Select((s, i) => $"{AccessFixture.Callers[i]} {(int)s}"))}; " +
            $"got {string.Join(", ", actual.Select((s, i) => $"{AccessFixture.Callers[i]} {(int)s}"))}");

    /// <summary>A form post with a valid anti-forgery token for this client (taken from the sign-in form, which every caller may open).</summary>
    static async Task<HttpResponseMessage> Post(HttpClient http, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await AppFixture.FormTokenAsync(http, "/inloggen");
        return await http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    async Task<int> VersionOf(int id)
    {
        await using var db = f.App.OpenDb();
        return await db.Arrangements.Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
    }

    [Fact]
    public async Task EditPage_ShownAndSavedOnlyForBeheerderAndRedacteurOfAParticipant()
    {
        AssertMatrix([Login, Ok, Ok, No, No, No], await ForEachCaller((http, _) => http.GetAsync($"/regelingen/{f.Own}/bewerken")), "GET edit page");
        var codes = await ForEachCaller(async (http, _) => await Post(http, $"/regelingen/{f.Own}/bewerken", new()
        {
            ["Data.Naam"] = "Toegangstest GR", ["Data.Samenwerkingsvorm"] = "openbaar-lichaam", ["Data.Status"] = "actief", ["Data.Versie"] = (await VersionOf(f.Own)).ToString(),
        }));
        AssertMatrix([Login, Saved, Saved, No, No, No], codes, "POST edit page");
    }

    [Fact]
    public async Task DocumentsPage_OnlyForBeheerderAndRedacteurOfAParticipant()
    {
        AssertMatrix([Login, Ok, Ok, No, No, No], await ForEachCaller((http, _) => http.GetAsync($"/regelingen/{f.Own}/documenten")), "GET documents page");
        var codes = await ForEachCaller(async (http, caller) => await Post(http, $"/regelingen/{f.Own}/documenten", new()
        {
            ["Data.Titel"] = $"Regeling ({caller})", ["Data.Soort"] = "Regeling",
        }));
        AssertMatrix([Login, Saved, Saved, No, No, No], codes, "POST documents page");
    }

    [Theory]
    [InlineData("financien?jaar=2026")]
    [InlineData("raadsrol")]
    public async Task FiguresAndCouncilRolePages_OnlyForBeheerderAndRedacteurOfAParticipant(string page)
    {
        AssertMatrix([Login, Ok, Ok, No, No, No], await ForEachCaller((http, _) => http.GetAsync($"/regelingen/{f.Own}/{page}")), $"GET {page}");
        var posted = await ForEachCaller(async (http, _) => await Post(http, $"/regelingen/{f.Own}/{page}", new()));
        // Allowed callers get the form back (validation) or are sent on after saving; the others never reach the handler.
        Assert.Equal([Login, No, No, No], new[] { posted[0], posted[3], posted[4], posted[5] });
        Assert.All(new[] { posted[1], posted[2] }, c => Assert.True(c is Ok or Saved, $"{page}: {(int)c}"));
    }

    [Fact]
    public async Task KeuzehulpWizard_IsOpenToEveryone()
    {
        // The wizard only computes an advice from what is posted; anonymous visitors may use it.
        var codes = await ForEachCaller(async (http, _) => await Post(http, "/keuzehulp/deelnemers", new()));
        Assert.DoesNotContain(codes, c => c is Login or HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ParticipantsAndBodiesPages_RedacteurElsewhereIsRefused()
    {
        AssertMatrix([Login, Ok, Ok, No, No, No], await ForEachCaller((http, _) => http.GetAsync($"/regelingen/{f.Own}/deelnemers")), "GET participants page");
        AssertMatrix([Login, Ok, No, Ok, No, No], await ForEachCaller((http, _) => http.GetAsync($"/regelingen/{f.Other}/organen")), "GET bodies page of Andere GR");
        var codes = await ForEachCaller((http, caller) => Post(http, $"/regelingen/{f.Other}/organen?handler=body", new() { ["BodyType"] = "AlgemeenBestuur", ["BodyName"] = caller }));
        AssertMatrix([Login, Saved, No, Saved, No, No], codes, "POST body on Andere GR");
    }

    [Fact]
    public async Task ZienswijzenPage_PublicToRead_GriffieRecordsOnlyItsOwnCouncil()
    {
        var url = $"/regelingen/{f.Own}/zienswijzen?jaar=2027";
        AssertMatrix([Ok, Ok, Ok, Ok, Ok, Ok], await ForEachCaller((http, _) => http.GetAsync(url)), "GET zienswijzen page");
        Dictionary<string, string> For(int org) => new() { ["Data.OrganisationId"] = org.ToString(), ["Data.ReceivedOn"] = "2026-06-01", ["Data.Text"] = "Akkoord." };
        AssertMatrix([Login, Saved, No, No, No, Saved], await ForEachCaller((http, _) => Post(http, url + "&handler=zienswijze", For(f.Enschede))), "POST zienswijze for Enschede");
        using var other = await Post(await f.Web("griffie"), url + "&handler=zienswijze", For(f.Hengelo));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task SupervisionPage_OnlyProvinceAndBeheerder()
    {
        AssertMatrix([Login, Ok, No, No, Ok, No], await ForEachCaller((http, _) => http.GetAsync($"/regelingen/{f.Own}/toezicht")), "GET toezicht page");
        var codes = await ForEachCaller((http, caller) => Post(http, $"/regelingen/{f.Own}/toezicht", new() { ["Tekst"] = "Webnotitie van " + caller }));
        AssertMatrix([Login, Saved, No, No, Saved, No], codes, "POST toezicht page");
        var page = await (await f.Web("provincie")).GetStringAsync($"/regelingen/{f.Own}/toezicht");
        Assert.Contains("Webnotitie van provincie", page);
        Assert.DoesNotContain("Webnotitie van griffie", page);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        var http = await f.Web("beheerder");
        using var response = await http.PostAsync($"/regelingen/{f.Own}/toezicht", new FormUrlEncodedContent(new Dictionary<string, string> { ["Tekst"] = "Zonder token" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = f.App.OpenDb();
        Assert.False(await db.SupervisoryNotes.AnyAsync(n => n.Text == "Zonder token"));
    }

    [Fact]
    public async Task UnknownWritePath_NeedsBeheerder()
    {
        AssertMatrix([Login, Ok, No, No, No, No], await ForEachCaller((http, _) => Post(http, "/later-pagina", [])), "POST on a later non-API endpoint");
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        await f.App.EnsureUserAsync("vergeetachtig", Verbonden.Data.Accounts.Roles.Griffie, "GM0153");
        var http = f.App.AnonymousWebClient();
        async Task<HttpResponseMessage> Try(string password) => await Post(http, "/inloggen", new() { ["Gebruikersnaam"] = "vergeetachtig", ["Wachtwoord"] = password });
        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await Try("dit is het niet " + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            // The fifth failure locks the account at once.
            Assert.Contains(i < 5 ? "klopt niet" : "tijdelijk geblokkeerd", await wrong.Content.ReadAsStringAsync());
        }
        using var right = await Try(AppFixture.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tijdelijk geblokkeerd", await right.Content.ReadAsStringAsync());
        await using var db = f.App.OpenDb();
        var user = await db.Users.SingleAsync(u => u.UserName == "vergeetachtig");
        Assert.NotNull(user.LockoutEnd);
        Assert.StartsWith("AQAAAA", user.PasswordHash); // Identity's PBKDF2 format marker, never the password itself
        Assert.DoesNotContain(db.AuditEntries, e => e.After != null && e.After.Contains(user.PasswordHash!));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var http = await f.App.WebClientAsync(Verbonden.Data.Accounts.Roles.Beheerder, null, "uitlogger");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/regelingen/{f.Own}/bewerken")).StatusCode);
        using var home = await http.GetAsync("/");
        Assert.Contains("Ingelogd als uitlogger", await home.Content.ReadAsStringAsync());
        using var signOut = await Post(http, "/uitloggen", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await http.GetAsync($"/regelingen/{f.Own}/bewerken");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/inloggen", after.Headers.Location!.OriginalString);
    }
}
