using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Core;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Supervision;

/// <summary>/api/v1/regelingen/{id}/toezichtnotities: supervisory notes, for the province and beheerders only.</summary>
public static class SupervisionApi
{
    public sealed record Toezichtnotitie(int Id, string Tekst, string Auteur, DateTimeOffset Geschreven);
    public sealed record NieuweNotitie(string? Tekst);

    public static IServiceCollection AddSupervision(this IServiceCollection s) => s.AddScoped<SupervisoryNotes>();

    public static void MapSupervisionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/regelingen/{id:int}/toezichtnotities").WithTags("Toezicht").RequireAuthorization(Policies.Supervisor);
        g.MapGet("", List).WithName("haalToezichtnotitiesOp").WithSummary("De toezichtnotities van de provincie bij een regeling (niet openbaar).")
            .Produces<IReadOnlyList<Toezichtnotitie>>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("", Add).WithName("voegToezichtnotitieToe").WithSummary("Voeg een toezichtnotitie toe.")
            .Accepts<NieuweNotitie>("application/json").Produces<Toezichtnotitie>(201).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
    }

    static async Task<IResult> List(int id, SupervisoryNotes notes, CancellationToken ct) =>
        await notes.ListAsync(id, ct) is { } list
            ? Results.Ok(list.Select(n => new Toezichtnotitie(n.Id, n.Text, n.Author, n.WrittenAt)).ToList())
            : Api.NotFound($"There is no arrangement {id}.");

    static async Task<IResult> Add(int id, HttpRequest request, SupervisoryNotes notes, CancellationToken ct)
    {
        var (input, error) = await Api.ReadJsonAsync<NieuweNotitie>(request, ct);
        if (error is not null) return error;
        try
        {
            var n = await notes.AddAsync(id, input!.Tekst, ct);
            if (n is null) return Api.NotFound($"There is no arrangement {id}.");
            return Results.Created($"{Api.BasePath}/regelingen/{id}/toezichtnotities", new Toezichtnotitie(n.Id, n.Text, n.Author, n.WrittenAt));
        }
        catch (DomainException e)
        {
            return Api.Invalid("tekst", e.Field == "Text" && input!.Tekst?.Length > Verbonden.Core.Register.SupervisoryNote.MaxLength
                ? $"tekst must be at most {Verbonden.Core.Register.SupervisoryNote.MaxLength} characters." : "tekst is required.");
        }
    }
}
