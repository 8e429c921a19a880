using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Verbonden.Web.Infrastructure;

/// <summary>The OpenAPI 3.0 document at /api/v1/openapi.json, shaped to the NLGov API Design Rules.</summary>
public static class OpenApiSetup
{
    public const string PublicServer = "https://verbonden.example.nl/api/v1";

    public static IServiceCollection AddVerbondenOpenApi(this IServiceCollection s) => s.AddOpenApi("v1", o =>
    {
        o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new OpenApiInfo
            {
                Title = "Verbonden API",
                Version = Api.Version,
                Description = "Register van gemeenschappelijke regelingen en andere verbonden partijen: regelingen, deelnemers, organisaties en overzichtskaarten.",
                Contact = new OpenApiContact { Name = "Beheer Verbonden", Email = "beheer@verbonden.example.nl", Url = new Uri("https://verbonden.example.nl/contact") },
                License = new OpenApiLicense { Name = "EUPL-1.2", Url = new Uri("https://eupl.eu/1.2/nl/") },
            };
            doc.Servers = [new OpenApiServer { Url = PublicServer, Description = "Productie" }];
            // Paths are relative to the server URL, which carries the major version (ADR /core/uri-version).
            var paths = new OpenApiPaths();
            foreach (var (path, item) in doc.Paths) paths.Add(path.StartsWith(Api.BasePath) ? path[Api.BasePath.Length..] : path, item);
            doc.Paths = paths;
            return Task.CompletedTask;
        });
        // Declare the API-Version header on every 2xx and 3xx response (ADR /core/version-header).
        o.AddOperationTransformer((op, _, _) =>
        {
            foreach (var (code, response) in op.Responses ?? [])
            {
                if (!(code.StartsWith('2') || code.StartsWith('3')) || response is not OpenApiResponse r) continue;
                r.Headers ??= new Dictionary<string, IOpenApiHeader>();
                r.Headers["API-Version"] = new OpenApiHeader
                {
                    Description = "De versie van de API (semver).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = System.Text.Json.Nodes.JsonValue.Create(Api.Version),
                };
            }
            return Task.CompletedTask;
        });
    });
}
