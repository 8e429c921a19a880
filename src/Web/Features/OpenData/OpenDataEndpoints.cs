using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Verbonden.Data.Export;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.OpenData;

/// <summary>Downloads of the register tables (/open-data/{tabel}.{csv|json|xlsx}) and their DCAT-AP-NL catalogue.</summary>
public static class OpenDataEndpoints
{
    /// <summary>Publisher of the catalogue; an installation sets its own organisation's TOOI URI.</summary>
    public const string Publisher = "https://identifier.overheid.nl/tooi/id/provincie/pv23";

    public static void MapOpenData(this WebApplication app)
    {
        app.MapGet("/open-data/{table}.{format}", Download).ExcludeFromDescription();
        app.MapGet("/open-data/catalogus.jsonld", (HttpRequest request, TimeProvider clock) =>
            Results.Text(DcatCatalog.Build($"{request.Scheme}://{request.Host}", Publisher, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToJsonString(),
                "application/ld+json; charset=utf-8")).ExcludeFromDescription();
    }

    static async Task<IResult> Download(string table, string format, VerbondenDbContext db, CancellationToken ct)
    {
        if (!RegisterExport.Tables.ContainsKey(table)) return Results.NotFound();
        var data = await RegisterExport.LoadAsync(db, table, ct);
        var buffer = new MemoryStream();
        switch (format)
        {
            case "csv": RegisterExport.WriteCsv(data, buffer); return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", $"{table}.csv");
            case "json": RegisterExport.WriteJson(data, buffer); return Results.File(buffer.ToArray(), "application/json; charset=utf-8", $"{table}.json");
            case "xlsx": RegisterExport.WriteXlsx(data, buffer); return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{table}.xlsx");
            default: return Results.NotFound();
        }
    }
}
