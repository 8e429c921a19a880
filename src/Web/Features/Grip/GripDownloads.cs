using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verbonden.Core.Network;
using Verbonden.Core.Register;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Grip;

/// <summary>File downloads next to the pages: the BBV paragraph as PDF and XLSX, the network as SVG.</summary>
public static class GripDownloads
{
    public static IEndpointRouteBuilder MapGripDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/organisaties/{code}/verbonden-partijen/{jaar:int:range(1900,9998)}.pdf", async (string code, int jaar, VerbondenDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            try
            {
                var p = await ReportQueries.BbvAsync(db, code, jaar, ct);
                return Results.File(BbvPdf.Render(p, Fmt.Today(clock)), "application/pdf", $"verbonden-partijen-{p.OrganisationCode}-{jaar}.pdf");
            }
            catch (KeyNotFoundException) { return Results.NotFound(); }
        }).ExcludeFromDescription();
        app.MapGet("/organisaties/{code}/verbonden-partijen/{jaar:int:range(1900,9998)}.xlsx", async (string code, int jaar, VerbondenDbContext db, CancellationToken ct) =>
        {
            try
            {
                var p = await ReportQueries.BbvAsync(db, code, jaar, ct);
                return Results.File(BbvXlsx.Render(p), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"verbonden-partijen-{p.OrganisationCode}-{jaar}.xlsx");
            }
            catch (KeyNotFoundException) { return Results.NotFound(); }
        }).ExcludeFromDescription();
        app.MapGet("/netwerk.svg", async (string? provincie, string? vorm, DateOnly? peildatum, VerbondenDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var form = LegalFormInfo.FromId(vorm);
            if (vorm is { Length: > 0 } && form is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["vorm"] = [$"Unknown legal form '{vorm}'."] });
            var on = peildatum ?? Fmt.Today(clock);
            var (arrs, orgs) = await ReportQueries.NetworkAsync(db, on, provincie, form, ct);
            var svg = NetworkSvg.Render(arrs, orgs, $"Netwerk van samenwerkingsverbanden op {Fmt.Date(on)}");
            return Results.File(System.Text.Encoding.UTF8.GetBytes(svg), "image/svg+xml", "netwerk.svg");
        }).ExcludeFromDescription();
        return app;
    }
}
