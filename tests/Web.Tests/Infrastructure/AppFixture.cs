using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;
using Verbonden.Web;
using Verbonden.Web.Features.Accounts;

namespace Verbonden.Web.Tests.Infrastructure;

/// <summary>
/// The real web application on a free loopback port, over a fresh database holding the built-in dataset.
/// One per test class (IClassFixture) or per test (CreateAsync) when a test changes data.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string Provider = "sqlite";
    public TestDatabase Db { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public const string Password = "correct horse battery staple";
    string _provider = Provider;
    Action<WebApplication>? _configure;
    Func<WebOptions, WebOptions>? _options;

    /// <param name="configure">Maps extra endpoints before the app starts (e.g. to prove conventions cover endpoints added later).</param>
    public static async Task<AppFixture> CreateAsync(string provider, Action<WebApplication>? configure = null, Func<WebOptions, WebOptions>? options = null)
    {
        var f = new AppFixture { _provider = provider, _configure = configure, _options = options };
        await f.InitializeAsync();
        return f;
    }

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(_provider);
        await using (var ctx = Db.Open()) await BuiltInDataset.LoadAsync(ctx);
        var options = new WebOptions(Db.ConnectionString, "http://127.0.0.1:0") { Clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)) };
        App = WebApp.Build(_options?.Invoke(options) ?? options);
        _configure?.Invoke(App);
        await App.StartAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public VerbondenDbContext OpenDb() => Db.Open();

    /// <summary>Creates a user (password <see cref="Password"/>) unless it exists; redacteur, provincie and griffie need an organisation code.</summary>
    public async Task EnsureUserAsync(string name, string role, string? organisation = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<AccountAdmin>();
        try { await admin.AddUserAsync(name, role, organisation, Password, default); }
        catch (AccountException e) when (e.Message.Contains("already exists")) { }
    }

    /// <summary>An HTTP client that calls the API with a fresh bearer token of a (new) user in <paramref name="role"/>.</summary>
    public async Task<HttpClient> ApiClientAsync(string role, string? organisation = null, string? name = null)
    {
        name ??= $"{role}-{organisation ?? "alle"}".ToLowerInvariant();
        await EnsureUserAsync(name, role, organisation);
        await using var scope = App.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().AddTokenAsync(name, "test", null, default);
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    /// <summary>A cookie-carrying client (no automatic redirects) signed in through the /inloggen form as a (new) user in <paramref name="role"/>.</summary>
    public async Task<HttpClient> WebClientAsync(string role, string? organisation = null, string? name = null)
    {
        name ??= $"{role}-{organisation ?? "alle"}".ToLowerInvariant();
        await EnsureUserAsync(name, role, organisation);
        var http = AnonymousWebClient();
        var form = await FormTokenAsync(http, "/inloggen");
        var response = await http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = name, ["Wachtwoord"] = Password, ["__RequestVerificationToken"] = form,
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {name} failed: {(int)response.StatusCode}");
        return http;
    }

    public HttpClient AnonymousWebClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>GETs a page and returns the anti-forgery token of its first form.</summary>
    public static async Task<string> FormTokenAsync(HttpClient http, string path)
    {
        var html = await http.GetStringAsync(path);
        var m = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return m.Success ? m.Groups[1].Value : throw new InvalidOperationException($"No anti-forgery token on {path}");
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}

/// <summary>A clock that always says the same moment, so "today" in pages and the API is fixed in tests.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
