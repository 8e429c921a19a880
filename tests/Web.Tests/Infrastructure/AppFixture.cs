using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;
using Verbonden.Web;

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
    string _provider = Provider;

    public static async Task<AppFixture> CreateAsync(string provider)
    {
        var f = new AppFixture { _provider = provider };
        await f.InitializeAsync();
        return f;
    }

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(_provider);
        await using (var ctx = Db.Open()) await BuiltInDataset.LoadAsync(ctx);
        App = WebApp.Build(new WebOptions(Db.ConnectionString, "http://127.0.0.1:0") { Clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)) });
        await App.StartAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public VerbondenDbContext OpenDb() => Db.Open();

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
