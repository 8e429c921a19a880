using System.Net;
using System.Text;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Accounts;

/// <summary>Endpoints that only compute from the request and store nothing are open to anonymous callers; writes are not.</summary>
public sealed class AnonymousComputationTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/api/v1/adviezen")]
    [InlineData("/api/v1/governance-toetsen")]
    [InlineData("/api/v1/kostenverdelingen")]
    public async Task ComputationEndpoint_AnswersAnonymousCallers(string path)
    {
        // An empty object is invalid input: the endpoint answers 400 with its validation errors, not 401.
        var response = await app.Http.PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RegisterWrite_RefusesAnonymousCallers()
    {
        var response = await app.Http.PostAsync("/api/v1/regelingen", new StringContent("{\"naam\":\"x\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
