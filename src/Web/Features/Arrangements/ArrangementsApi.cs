using Verbonden.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verbonden.Core.Register;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>/api/v1/regelingen: the register as JSON, using the same handlers as the pages.</summary>
public static class ArrangementsApi
{
    public sealed record RegelingSamenvatting(int Id, string Naam, LegalForm Samenwerkingsvorm, ArrangementStatus Status, string? Provincie, string? Beleidsterrein, string? Vestigingsplaats, int AantalDeelnemers, string Url);
    public sealed record RegelingenPagina(IReadOnlyList<RegelingSamenvatting> Regelingen, int Pagina, int PaginaGrootte, int Totaal, int AantalPaginas);
    public sealed record Deelname(int Id, string OrganisatieCode, string OrganisatieNaam, string? TooiUri, ParticipantRole Rol, DateOnly? Toegetreden, DateOnly? Uitgetreden, int? Stemmen);
    public sealed record Zetel(int Id, string Naam, SeatFunction Functie, string? Namens, int? Stemmen);
    public sealed record Orgaan(int Id, BodyType Soort, string? Naam, IReadOnlyList<Zetel> Zetels);
    public sealed record Document(int Id, string Titel, DocumentKind Soort, string? Url, string? CvdrId, DateOnly? Datum);
    public sealed record Regeling(int Id, string Naam, string? Citeertitel, LegalForm Samenwerkingsvorm, BbvCategory BbvCategorie, RegelingType SoortRegeling,
        ArrangementStatus Status, string? Vestigingsplaats, string? Postcode, string? Provincie, string? Regio, string? Beleidsterrein, string? Doel, string? Belangen,
        string? OvergedragenBevoegdheden, string? Taken, DateOnly? DatumInwerkingtreding, DateOnly? DatumOpheffing, string? CbsGrCode, string? KvkNummer,
        string? Rsin, string? Oin, string? Bron, int Versie, IReadOnlyList<Deelname> Deelnemers, IReadOnlyList<Orgaan> Organen, IReadOnlyList<Document> Documenten);

    /// <summary>The arrangement as recorded at the end of <c>OpDatum</c> (Dutch time): its main fields and participants.</summary>
    public sealed record RegelingOpDatum(DateOnly OpDatum, DateTimeOffset LaatstGewijzigd, string LaatstGewijzigdDoor, int Id, string Naam, LegalForm Samenwerkingsvorm,
        ArrangementStatus Status, DateOnly? DatumInwerkingtreding, DateOnly? DatumOpheffing, int Versie, IReadOnlyList<Deelname> Deelnemers);

    public static void MapArrangementsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/regelingen").WithTags("Regelingen");
        g.MapGet("", List).WithName("zoekRegelingen").WithSummary("Zoek en filter regelingen.")
            .Produces<RegelingenPagina>().ProducesValidationProblem();
        g.MapGet("/{id:int}", Get).WithName("haalRegelingOp").WithSummary("Een regeling met deelnemers, organen en documenten.")
            .Produces<Regeling>().ProducesProblem(404);
        g.MapGet("/{id:int}/op-datum/{datum}", GetAsOf).WithName("haalRegelingOpDatumOp")
            .WithSummary("De regeling zoals het register haar op een datum vastgelegd had (kenmerken en deelnemers), uit het auditlog.")
            .Produces<RegelingOpDatum>().ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("", Create).WithName("maakRegeling").WithSummary("Leg een nieuwe regeling vast.")
            .Accepts<ArrangementEditor.Command>("application/json").Produces<Regeling>(201).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403)
            .RequireAuthorization(Policies.RegisterEditor);
        g.MapPut("/{id:int}", Update).WithName("wijzigRegeling").WithSummary("Wijzig een regeling; 'versie' moet de laatst gelezen versie zijn.")
            .Accepts<ArrangementEditor.Command>("application/json").Produces<Regeling>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409)
            .RequireAuthorization(Policies.RegisterEditor);
        g.MapGet("/{id:int}/deelnemers", Participants).WithName("haalDeelnemersOp").WithSummary("De deelnemers van een regeling.")
            .Produces<IReadOnlyList<Deelname>>().ProducesProblem(404);
        g.MapPost("/{id:int}/deelnemers", AddParticipant).WithName("voegDeelnemerToe").WithSummary("Voeg een deelnemer toe.")
            .Accepts<MembershipEditor.ParticipantCommand>("application/json").Produces<Deelname>(201).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404)
            .RequireAuthorization(Policies.RegisterEditor);
    }

    static async Task<IResult> List(ArrangementSearch search, string? naam, string? vorm, string? deelnemer, string? domein, string? provincie,
        string? status, int? pagina, int? paginaGrootte, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var form = LegalFormInfo.FromId(vorm);
        if (vorm is { Length: > 0 } && form is null) errors.Add(new("vorm", "", $"vorm must be one of: {string.Join(", ", LegalFormInfo.All.Select(f => f.Id))}."));
        ArrangementStatus? st = null;
        if (status is { Length: > 0 }) { if (Enum.TryParse<ArrangementStatus>(status, true, out var s)) st = s; else errors.Add(new("status", "", "status must be actief, intentie or opgeheven.")); }
        if (pagina is < 1) errors.Add(new("pagina", "", "pagina must be 1 or more."));
        if (paginaGrootte is < 1 or > 500) errors.Add(new("paginaGrootte", "", "paginaGrootte must be between 1 and 500."));
        if (errors.Count > 0) return Api.Invalid(errors);
        var result = await search.Handle(new ArrangementSearch.Query
        {
            Q = naam, Form = form, Participant = deelnemer, Domain = domein, Province = provincie?.ToUpperInvariant(), Status = st,
            Page = pagina ?? 1, PageSize = paginaGrootte ?? 50,
        }, ct);
        return Results.Ok(new RegelingenPagina([.. result.Rows.Select(r => new RegelingSamenvatting(r.Id, r.Name, r.Form, r.Status, r.ProvinceCode, r.PolicyDomain, r.Seat, r.Participants, $"{Api.BasePath}/regelingen/{r.Id}"))],
            result.Page, result.PageSize, result.Total, result.Pages));
    }

    static async Task<IResult> Get(int id, ArrangementDetails details, CancellationToken ct) =>
        await details.Handle(id, ct) is { } d ? Results.Ok(ToDto(d.Arrangement)) : Api.NotFound($"There is no arrangement {id}.");

    static async Task<IResult> Create(HttpRequest request, ArrangementEditor editor, ArrangementDetails details, CancellationToken ct)
    {
        var (command, error) = await Api.ReadJsonAsync<ArrangementEditor.Command>(request, ct);
        if (error is not null) return error;
        var outcome = await editor.Create(command!, ct);
        if (outcome.Errors.Count > 0) return Api.Invalid(outcome.Errors);
        var id = outcome.Arrangement!.Id;
        return Results.Created($"{Api.BasePath}/regelingen/{id}", ToDto((await details.Handle(id, ct))!.Arrangement));
    }

    static async Task<IResult> Update(int id, HttpRequest request, ArrangementEditor editor, ArrangementDetails details, CancellationToken ct)
    {
        var (command, error) = await Api.ReadJsonAsync<ArrangementEditor.Command>(request, ct);
        if (error is not null) return error;
        if (command!.Versie is null) return Api.Invalid("versie", "versie is required: send the version you last read, so that concurrent edits are detected.");
        try
        {
            var outcome = await editor.Update(id, command, ct);
            if (outcome is null) return Api.NotFound($"There is no arrangement {id}.");
            if (outcome.Errors.Count > 0) return Api.Invalid(outcome.Errors);
            return Results.Ok(ToDto((await details.Handle(id, ct))!.Arrangement));
        }
        catch (EditConflictException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Edit conflict",
                detail: $"The arrangement was changed by someone else: it is now at version {e.Current.Version} (name \"{e.Current.Name}\"); you sent version {command.Versie}. Read it again and reapply your change.",
                extensions: new Dictionary<string, object?> { ["huidigeVersie"] = e.Current.Version });
        }
    }

    static async Task<IResult> GetAsOf(int id, string datum, ArrangementDetails details, CancellationToken ct)
    {
        if (!IsoDate.TryParse(datum, out var day))
            return Api.Invalid("datum", "datum must be a date in the form yyyy-mm-dd.");
        var s = await details.AsOf(id, day, ct);
        if (s is null) return Api.NotFound($"Arrangement {id} was not in the register on {datum}.");
        var a = s.Arrangement;
        return Results.Ok(new RegelingOpDatum(day, s.LastChange.At, s.LastChange.Actor, a.Id, a.Name, a.LegalForm, a.Status, a.DateInForce, a.DateEnded, a.Version,
            [.. a.Participations.Select(p => new Deelname(p.Id, p.Organisation!.Code, p.Organisation.Name, Organisation.TooiUri(p.Organisation.Code), p.Role, p.JoinedOn, p.LeftOn, p.Votes))]));
    }

    static async Task<IResult> Participants(int id, ArrangementDetails details, CancellationToken ct) =>
        await details.Handle(id, ct) is { } d ? Results.Ok(ToDto(d.Arrangement).Deelnemers) : Api.NotFound($"There is no arrangement {id}.");

    static async Task<IResult> AddParticipant(int id, HttpRequest request, MembershipEditor editor, CancellationToken ct)
    {
        var (command, error) = await Api.ReadJsonAsync<MembershipEditor.ParticipantCommand>(request, ct);
        if (error is not null) return error;
        var result = await editor.AddParticipant(id, command!, ct);
        if (result is null) return Api.NotFound($"There is no arrangement {id}.");
        if (result.Value.Errors.Count > 0) return Api.Invalid(result.Value.Errors);
        var p = result.Value.Participation!;
        return Results.Created($"{Api.BasePath}/regelingen/{id}/deelnemers", new Deelname(p.Id, command!.Deelnemer!.Trim().ToUpperInvariant(), p.SourceName ?? "", Organisation.TooiUri(command.Deelnemer.Trim()), p.Role, p.JoinedOn, p.LeftOn, p.Votes));
    }

    public static Regeling ToDto(Arrangement a) => new(a.Id, a.Name, a.CitationTitle, a.LegalForm, a.BbvCategory, a.RegelingType, a.Status,
        a.Seat, a.Postcode, a.ProvinceCode, a.Region, a.PolicyDomain, a.Purpose, a.InterestsServed, a.TransferredPowers, a.Tasks, a.DateInForce, a.DateEnded,
        a.CbsGrCode, a.KvkNumber, a.Rsin, a.Oin, a.Source, a.Version,
        [.. a.Participations.Select(p => new Deelname(p.Id, p.Organisation!.Code, p.Organisation.Name, Organisation.TooiUri(p.Organisation.Code), p.Role, p.JoinedOn, p.LeftOn, p.Votes))],
        [.. a.Bodies.Select(b => new Orgaan(b.Id, b.Type, b.Name, [.. b.Seats.Select(s => new Zetel(s.Id, s.PersonName, s.Function, s.Organisation?.Code, s.Votes))]))],
        [.. a.Documents.Select(d => new Document(d.Id, d.Title, d.Kind, d.Url, d.CvdrId, d.Date))]);
}
