using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Verbonden.Core.Allocation;
using Verbonden.Data.Allocation;

namespace Verbonden.Web.Features.Allocation;

/// <summary>POST /api/v1/kostenverdelingen: computes an allocation from the JSON input shape.</summary>
public static class AllocationApi
{
    public static IEndpointRouteBuilder MapAllocationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/kostenverdelingen", Calculate)
            .AllowAnonymous() // computes, stores nothing
            .WithName("CalculateAllocation")
            .WithSummary("Divide costs over participants (all methods, year-end settlement, scenarios, multi-year).")
            .Accepts<AllocationRequest>("application/json")
            .DisableAntiforgery();
        return app;
    }

    /// <summary>
    /// Returns the report as JSON (amounts as strings with two decimals), or with <c>?format=csv</c> / <c>xlsx</c>
    /// the result table as a file. Bad input gives a 400 problem+json listing every error by field.
    /// </summary>
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ValidationProblem>> Calculate(
        HttpRequest request, string? format, CancellationToken ct)
    {
        format = (format ?? "json").ToLowerInvariant();
        if (format is not ("json" or "csv" or "xlsx"))
            return Problem(new Dictionary<string, string[]> { ["format"] = [$"Unknown format '{format}'; use json, csv or xlsx."] });

        var (report, errors) = await Compute(request.Body, ct);
        if (report is null)
            return Problem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

        return format switch
        {
            "csv" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(AllocationCsv.Write(report.Result)), "text/csv; charset=utf-8", $"kostenverdeling-{report.Result.Year}.csv"),
            "xlsx" => TypedResults.File(AllocationXlsx.Write(report), XlsxContentType, $"kostenverdeling-{report.Result.Year}.xlsx"),
            _ => TypedResults.Content(AllocationJson.Write(report), "application/json; charset=utf-8"),
        };
    }

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static async Task<(AllocationReport?, IReadOnlyList<AllocationError>)> Compute(Stream body, CancellationToken ct)
    {
        try
        {
            return AllocationReport.Run(await AllocationJson.ReadAsync(body, ct));
        }
        catch (AllocationFormatException e)
        {
            return (null, [new AllocationError(e.Field ?? "$", e.Message, e.Message)]);
        }
    }

    static ValidationProblem Problem(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The allocation input is invalid.",
            detail: string.Join(" ", errors.Values.SelectMany(v => v)));
}
