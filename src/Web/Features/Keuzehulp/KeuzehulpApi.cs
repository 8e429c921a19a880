using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Verbonden.Core.Governance;
using Verbonden.Core.Law;
using Verbonden.Core.LegalForms;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>
/// The keuzehulp API: <c>POST /api/v1/adviezen</c> (legal-form advice) and <c>POST /api/v1/governance-toetsen</c>
/// (governance check). Invalid input gets 400 application/problem+json listing every error per field.
/// </summary>
public static class KeuzehulpApi
{
    /// <summary>Requests larger than this are refused; a real request is a few kilobytes.</summary>
    const int MaxBody = 1 << 20;

    public static IEndpointRouteBuilder MapKeuzehulpApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapPost("/adviezen", AdviseAsync).WithName("Advies").DisableAntiforgery().AllowAnonymous(); // computes, stores nothing
        api.MapPost("/governance-toetsen", CheckGovernanceAsync).WithName("GovernanceToets").DisableAntiforgery().AllowAnonymous(); // computes, stores nothing
        return app;
    }

    static async Task<Results<Ok<AdviceResponse>, ValidationProblem>> AdviseAsync(HttpRequest request, TimeProvider clock, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        if (body is null) return TooLarge();
        var input = AdviceContract.Parse(body, out var errors);
        if (input is null) return Invalid(errors);
        var result = LegalFormAdvisor.Advise(input, Today(clock));
        return TypedResults.Ok(AdviceContract.ToResponse(result, input));
    }

    static async Task<Results<Ok<GovernanceResponse>, ValidationProblem>> CheckGovernanceAsync(HttpRequest request, TimeProvider clock, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        if (body is null) return TooLarge();
        var input = GovernanceContract.Parse(body, out var errors);
        if (input is null) return Invalid(errors);
        return TypedResults.Ok(GovernanceContract.ToResponse(GovernanceValidator.Validate(input, Today(clock))));
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The body as text, or null when it exceeds <see cref="MaxBody"/>.</summary>
    static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBody) return null;
        using var reader = new StreamReader(request.Body);
        var text = new System.Text.StringBuilder();
        var chunk = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(chunk.AsMemory(), ct)) > 0)
        {
            if (text.Length + read > MaxBody) return null;
            text.Append(chunk, 0, read);
        }
        return text.ToString();
    }

    static ValidationProblem Invalid(IReadOnlyList<InputError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "The request is invalid.",
        detail: $"{errors.Count} problem(s) in the request; see 'errors'.");

    static ValidationProblem TooLarge() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["$"] = [$"The body exceeds {MaxBody} bytes."] }, title: "The request is invalid.");
}
