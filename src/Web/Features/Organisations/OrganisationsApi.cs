using Verbonden.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Arrangements;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Organisations;

/// <summary>/api/v1/organisaties: organisations with their identifiers, and the arrangements each takes part in.</summary>
public static class OrganisationsApi
{
    public sealed record Identificatie(IdentifierScheme Stelsel, string Waarde, DateOnly? GeldigVanaf, DateOnly? GeldigTot);
    public sealed record Organisatie(string Code, string Naam, OrganisationType Soort, string? Provincie, string? TooiUri, DateOnly? GeldigVanaf, DateOnly? GeldigTot, IReadOnlyList<Identificatie> Identificaties);
    public sealed record Deelregeling(int Id, string Naam, LegalForm Samenwerkingsvorm, ArrangementStatus Status, OverviewCategory Categorie, DateOnly? Toegetreden, DateOnly? Uitgetreden, int AantalDeelnemers, string Url);
    public sealed record Wijziging(string Soort, int RegelingId, string Naam);
    public sealed record OrganisatieRegelingen(Organisatie Organisatie, DateOnly Peildatum, IReadOnlyDictionary<OverviewCategory, int> AantallenPerCategorie, int Totaal,
        IReadOnlyList<Deelregeling> Regelingen, DateOnly? VergelekenMet, IReadOnlyList<Wijziging> Wijzigingen);

    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/organisaties").WithTags("Organisaties");
        g.MapGet("", List).WithName("zoekOrganisaties").WithSummary("Zoek organisaties op naam, code of soort.").Produces<IReadOnlyList<Organisatie>>().ProducesValidationProblem();
        g.MapGet("/{code}", Get).WithName("haalOrganisatieOp").WithSummary("Een organisatie met haar identificaties.").Produces<Organisatie>().ProducesProblem(404);
        g.MapGet("/{code}/regelingen", Arrangements).WithName("haalRegelingenVanOrganisatieOp")
            .WithSummary("De regelingen waaraan een organisatie deelneemt, geteld per categorie, en wat veranderde sinds 'vergelijkMet'.")
            .Produces<OrganisatieRegelingen>().ProducesValidationProblem().ProducesProblem(404);
    }

    static async Task<IResult> List(VerbondenDbContext db, string? naam, string? soort, CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking().Include(o => o.Identifiers).AsQueryable();
        if (soort is { Length: > 0 })
        {
            if (!Enum.TryParse<OrganisationType>(soort.Replace("-", ""), true, out var t))
                return Api.Invalid("soort", $"soort must be one of: {string.Join(", ", Enum.GetNames<OrganisationType>().Select(n => n.ToLowerInvariant()))}.");
            query = query.Where(o => o.Type == t);
        }
        if (naam is { Length: > 0 }) query = query.Where(o => EF.Functions.Like(o.Name.ToLower(), $"%{naam.Trim().ToLower()}%") || o.Code == naam.Trim().ToUpper());
        var list = await query.OrderBy(o => o.Name).Take(1000).ToListAsync(ct);
        return Results.Ok(list.Select(ToDto).ToList());
    }

    static async Task<IResult> Get(string code, VerbondenDbContext db, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Include(o => o.Identifiers).FirstOrDefaultAsync(o => o.Code == code.ToUpper(), ct) is { } o
            ? Results.Ok(ToDto(o)) : Api.NotFound($"There is no organisation with code {code}.");

    static async Task<IResult> Arrangements(string code, OrganisationOverview overview, TimeProvider clock, string? peildatum, string? vergelijkMet, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Date(peildatum, "peildatum", errors) ?? DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var reference = Date(vergelijkMet, "vergelijkMet", errors);
        if (errors.Count > 0) return Api.Invalid(errors);
        if (await overview.Handle(code, day, reference, ct) is not { } m) return Api.NotFound($"There is no organisation with code {code}.");
        return Results.Ok(new OrganisatieRegelingen(ToDto(m.Organisation), m.Day, m.Counts, m.Total,
            [.. m.Items.Select(i => new Deelregeling(i.Id, i.Name, i.Form, i.Status, i.Category, i.JoinedOn, i.LeftOn, i.Participants, $"{Api.BasePath}/regelingen/{i.Id}"))],
            m.Reference, [.. m.Changes.Select(c => new Wijziging(c.Kind, c.Item.Id, c.Item.Name))]));
    }

    static DateOnly? Date(string? s, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (IsoDate.TryParse(s, out var d)) return d;
        errors.Add(new(field, "", $"{field} must be a date in the form yyyy-mm-dd."));
        return null;
    }

    public static Organisatie ToDto(Organisation o) => new(o.Code, o.Name, o.Type, o.ProvinceCode, Organisation.TooiUri(o.Code), o.ValidFrom, o.ValidTo,
        [.. o.Identifiers.Select(i => new Identificatie(i.Scheme, i.Value, i.ValidFrom, i.ValidTo))]);
}
