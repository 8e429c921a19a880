using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Net;
using System.Net.Http.Json;
using Verbonden.Data.Accounts;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Accounts;

public sealed class RateLimitTests
{
    [Fact]
    public async Task ApiWrites_BeyondTheLimit_Get429ProblemJson_ReadsStayOpen()
    {
        await using var app = await AppFixtureScope.CreateAsync(o => o with { ApiWritesPerMinute = 3 });
        using var admin = await app.Fixture.ApiClientAsync(Roles.Beheerder);
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var r = await admin.PostAsJsonAsync("/api/v1/regelingen", new { naam = $"Limiet {i}", samenwerkingsvorm = "overeenkomst" });
            codes.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
                Assert.True(r.Headers.Contains("Retry-After"));
                Assert.Contains("At most 3 changing requests per minute", await r.Content.ReadAsStringAsync());
            }
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], codes);
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/regelingen")).StatusCode);
        // Another client has its own allowance.
        using var other = await app.Fixture.ApiClientAsync(Roles.Beheerder, null, "tweede-beheerder");
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/v1/regelingen", new { naam = "Ander", samenwerkingsvorm = "overeenkomst" })).StatusCode);
    }

    [Fact]
    public async Task ServerError_OnTheApi_ShowsNoStackTraceOrSql()
    {
        await using var app = await AppFixtureScope.CreateAsync(null, a => a.MapGet("/api/v1/stuk", IResult () => throw new InvalidOperationException("SELECT * FROM geheim at Verbonden.Secret()")));
        using var r = await app.Fixture.Http.GetAsync("/api/v1/stuk");
        Assert.Equal(HttpStatusCode.InternalServerError, r.StatusCode);
        var body = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SELECT", body);
        Assert.DoesNotContain("Verbonden.Secret", body);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    sealed record AppFixtureScope(AppFixture Fixture) : IAsyncDisposable
    {
        public static async Task<AppFixtureScope> CreateAsync(Func<Verbonden.Web.WebOptions, Verbonden.Web.WebOptions>? options, Action<Microsoft.AspNetCore.Builder.WebApplication>? configure = null) =>
            new(await AppFixture.CreateAsync("sqlite", configure, options));
        public ValueTask DisposeAsync() => new(Fixture.DisposeAsync());
    }
}
