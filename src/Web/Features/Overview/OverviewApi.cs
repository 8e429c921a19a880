using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verbonden.Core.Register;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Overview;

/// <summary>/api/v1/overzichtskaarten/{regio}: the overview matrix of a region as JSON.</summary>
public static class OverviewApi
{
    public sealed record Kolom(string Code, string Naam, IReadOnlyDictionary<OverviewCategory, int> AantallenPerCategorie, int Totaal);
    public sealed record Rij(int RegelingId, string Naam, LegalForm Samenwerkingsvorm, OverviewCategory Categorie, IReadOnlyList<string> Deelnemers, int OverigeDeelnemers);
    public sealed record Overzichtskaart(string Regio, IReadOnlyList<Kolom> Gemeenten, IReadOnlyList<Rij> Regelingen);

    public static void MapOverviewApi(this RouteGroupBuilder api) =>
        api.MapGet("/overzichtskaarten/{regio}", Get).WithTags("Overzichtskaarten").WithName("haalOverzichtskaartOp")
            .WithSummary("Regelingen × gemeenten van een regio (Twente, West-Overijssel) of provincie, met totalen per categorie.")
            .Produces<Overzichtskaart>().ProducesProblem(404);

    static async Task<IResult> Get(string regio, OverviewMatrix matrix, CancellationToken ct)
    {
        if (await matrix.Handle(regio, ct) is not { } m) return Api.NotFound($"There is no region or province named {regio}.");
        var codes = m.Columns.ToDictionary(c => c.Id, c => c.Code);
        return Results.Ok(new Overzichtskaart(m.Region.Name,
            [.. m.Columns.Select(c => new Kolom(c.Code, c.Name, Enum.GetValues<OverviewCategory>().ToDictionary(k => k, k => m.Count(c, k)), m.Total(c)))],
            [.. m.Rows.Select(r => new Rij(r.Id, r.Name, r.Form, r.Category, [.. r.Members.Select(id => codes[id]).Order()], r.OtherParticipants))]));
    }
}
