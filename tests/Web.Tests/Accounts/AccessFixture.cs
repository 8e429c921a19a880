using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Accounts;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Accounts;

/// <summary>
/// One app for the access tests, with two arrangements of its own: "Toegangstest GR" (Enschede GM0153 and Tubbergen GM0183 take part)
/// and "Andere GR" (only Hengelo GM0164), and two endpoints that stand for ones other branches add later: a write endpoint
/// without any policy, and a pure computation marked anonymous.
/// </summary>
public sealed class AccessFixture : IAsyncLifetime
{
    public AppFixture App { get; private set; } = null!;
    public int Own { get; private set; }
    public int Other { get; private set; }
    public int Enschede { get; private set; }
    public int Hengelo { get; private set; }
    readonly Dictionary<string, HttpClient> _api = [];
    readonly Dictionary<string, HttpClient> _web = [];

    public async Task InitializeAsync()
    {
        App = await AppFixture.CreateAsync("sqlite", app =>
        {
            app.MapPost("/api/v1/later-opslaan", () => Results.Ok(new { opgeslagen = true }));
            app.MapPost("/api/v1/later-berekenen", () => Results.Ok(new { uitkomst = 42 })).AllowAnonymous();
            app.MapPost("/later-pagina", () => Results.Ok("ok"));
        }, o => o with { ApiWritesPerMinute = 10_000 });
        await using var db = App.OpenDb();
        var orgs = await db.Organisations.Where(o => o.Code == "GM0153" || o.Code == "GM0164" || o.Code == "GM0183").ToDictionaryAsync(o => o.Code, o => o.Id);
        (Enschede, Hengelo) = (orgs["GM0153"], orgs["GM0164"]);
        var own = new Arrangement { Name = "Toegangstest GR", LegalForm = LegalForm.OpenbaarLichaam };
        own.AddParticipant(orgs["GM0153"]);
        own.AddParticipant(orgs["GM0183"]);
        var other = new Arrangement { Name = "Andere GR", LegalForm = LegalForm.OpenbaarLichaam };
        other.AddParticipant(orgs["GM0164"]);
        db.Arrangements.AddRange(own, other);
        await db.SaveChangesAsync();
        (Own, Other) = (own.Id, other.Id);
    }

    /// <summary>Named callers: anoniem, beheerder, redacteur (Enschede), redacteur-elders (Hengelo), provincie (Overijssel), griffie (Enschede).</summary>
    public static readonly string[] Callers = ["anoniem", "beheerder", "redacteur", "redacteur-elders", "provincie", "griffie"];

    static (string Role, string? Org) Of(string caller) => caller switch
    {
        "beheerder" => (Roles.Beheerder, null),
        "redacteur" => (Roles.Redacteur, "GM0153"),
        "redacteur-elders" => (Roles.Redacteur, "GM0164"),
        "provincie" => (Roles.Provincie, "PV23"),
        "griffie" => (Roles.Griffie, "GM0153"),
        _ => throw new ArgumentException(caller),
    };

    public async Task<HttpClient> Api(string caller)
    {
        if (caller == "anoniem") return App.Http;
        if (!_api.TryGetValue(caller, out var http))
        {
            var (role, org) = Of(caller);
            _api[caller] = http = await App.ApiClientAsync(role, org, "api-" + caller);
        }
        return http;
    }

    public async Task<HttpClient> Web(string caller)
    {
        if (!_web.TryGetValue(caller, out var http))
        {
            if (caller == "anoniem") http = App.AnonymousWebClient();
            else
            {
                var (role, org) = Of(caller);
                http = await App.WebClientAsync(role, org, "web-" + caller);
            }
            _web[caller] = http;
        }
        return http;
    }

    public async Task DisposeAsync()
    {
        foreach (var c in _api.Values.Concat(_web.Values)) c.Dispose();
        await App.DisposeAsync();
    }
}
