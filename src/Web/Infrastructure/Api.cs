using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verbonden.Web.Features.Arrangements;

namespace Verbonden.Web.Infrastructure;

/// <summary>Conventions of the JSON API under /api/v1 (NLGov API Design Rules): version header, problem+json errors, JSON reading.</summary>
public static class Api
{
    /// <summary>info.version of the OpenAPI document and the API-Version header (ADR /core/version-header).</summary>
    public const string Version = "1.0.0";
    public const string BasePath = "/api/v1";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static RouteGroupBuilder MapApiGroup(this WebApplication app) => app.MapGroup(BasePath);

    /// <summary>400 with every validation error at once (ADR /core/error-handling/all-errors), in English.</summary>
    public static IResult Invalid(IEnumerable<FieldError> errors) =>
        Results.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.English).ToArray()),
            title: "The request contains invalid values.", detail: "See errors for the fields at fault.");

    public static IResult Invalid(string field, string message) => Invalid([new FieldError(field, message, message)]);

    public static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    /// <summary>Reads a JSON body; a malformed body gives null and a 400 problem naming the position of the error.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!(request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "Send the body as application/json."));
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, ct);
            return value is null ? (null, Invalid("body", "The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(e.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : "body",
                $"The body is not valid JSON for this resource (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})."));
        }
    }
}

/// <summary>Adds API-Version to every API response and opens the OpenAPI document to all origins (ADR /core/publish-openapi).</summary>
public sealed class ApiVersionHeader(RequestDelegate next)
{
    public Task Invoke(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(Api.BasePath))
        {
            context.Response.Headers["API-Version"] = Api.Version;
            context.Response.Headers.CacheControl = "no-store";
            if (context.Request.Path.Value!.EndsWith("/openapi.json", StringComparison.Ordinal))
                context.Response.Headers.AccessControlAllowOrigin = "*";
        }
        return next(context);
    }
}
