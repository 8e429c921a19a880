using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Api;

/// <summary>The checks of the NLGov API Design Rules linter, as tests against the served OpenAPI document.</summary>
public sealed partial class OpenApiContractTests(AppFixture app) : IClassFixture<AppFixture>
{
    async Task<JsonElement> Document() => await app.Http.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json");

    [Fact]
    public async Task Document_IsOpenApi3WithContactServersAndSemver()
    {
        var response = await app.Http.GetAsync("/api/v1/openapi.json");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single()); // /core/publish-openapi
        var doc = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var contact = doc.GetProperty("info").GetProperty("contact");
        foreach (var field in new[] { "name", "email", "url" }) Assert.False(string.IsNullOrEmpty(contact.GetProperty(field).GetString()), field); // /core/doc-openapi-contact
        Assert.Matches(@"^\d+\.\d+\.\d+$", doc.GetProperty("info").GetProperty("version").GetString()!); // /core/semver
        var server = doc.GetProperty("servers")[0].GetProperty("url").GetString()!;
        Assert.StartsWith("https://", server);
        Assert.EndsWith("/api/v1", server); // /core/uri-version
    }

    [Fact]
    public async Task Paths_AreKebabCaseWithoutTrailingSlash()
    {
        var doc = await Document();
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/regelingen", paths);
        Assert.Contains("/organisaties/{code}/regelingen", paths);
        foreach (var path in paths)
        {
            Assert.False(path.EndsWith('/'), path);
            foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.StartsWith('{')))
                Assert.Matches(KebabCase(), segment);
        }
    }

    [Fact]
    public async Task EverySuccessResponse_DeclaresApiVersionHeader()
    {
        var doc = await Document();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        foreach (var op in path.Value.EnumerateObject())
        foreach (var response in op.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '2' or '3'))
            Assert.True(response.Value.TryGetProperty("headers", out var h) && h.TryGetProperty("API-Version", out _), $"{op.Name} {path.Name} {response.Name}");
    }

    [Fact]
    public async Task Schemas_AreUpperCamelCaseWithLowerCamelCaseProperties()
    {
        var doc = await Document();
        var schemas = doc.GetProperty("components").GetProperty("schemas").EnumerateObject().ToList();
        Assert.NotEmpty(schemas);
        foreach (var schema in schemas)
        {
            Assert.Matches(UpperCamel(), schema.Name.Split('.').Last());
            if (schema.Value.TryGetProperty("properties", out var props))
                foreach (var p in props.EnumerateObject()) Assert.Matches(LowerCamel(), p.Name);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$|^_[a-z0-9-]+$")] private static partial Regex KebabCase();
    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")] private static partial Regex UpperCamel();
    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")] private static partial Regex LowerCamel();
}
