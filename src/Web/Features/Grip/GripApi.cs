using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Verbonden.Core;
using Verbonden.Core.Calendar;
using Verbonden.Core.Network;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Grip;

/// <summary>JSON API of the grip feature under /api/v1. Bad input gives 400 problem+json listing every error.</summary>
public static class GripApi
{
    public sealed record ZienswijzeInput(string? Organisatie, int? Jaar, DateOnly? Ontvangen, string? Tekst, string? Document, string? Reactie, DateOnly? ReactieOp);

    public static RouteGroupBuilder MapGripApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organisaties/{code}/kalender", Calendar).WithTags("Kalender");
        api.MapGet("/regelingen/{id:int}/zienswijzen", ListZienswijzen).WithTags("Kalender");
        api.MapPost("/regelingen/{id:int}/zienswijzen", PostZienswijze).WithTags("Kalender").DisableAntiforgery().RequireAuthorization(Policies.Griffie);
        api.MapGet("/organisaties/{code}/verbonden-partijen/{jaar:int}", Bbv).WithTags("Verbonden partijen");
        api.MapGet("/netwerk", Network).WithTags("Netwerk");
        return api;
    }

    static ValidationProblem Invalid(params (string Key, string Message)[] errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    static NotFound<ProblemDetails> Missing(string detail) => TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = detail, Status = 404 });

    static async Task<Results<Ok<CalendarJson.Calendar>, FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> Calendar(
        string code, int? jaar, string? formaat, VerbondenDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (jaar is null or < 1900 or > 9998) errors.Add(("jaar", "Give the budget year (jaar) between 1900 and 9998."));
        if (formaat is not (null or "json" or "ics")) errors.Add(("formaat", "formaat must be json or ics."));
        if (errors.Count > 0) return Invalid([.. errors]);
        try
        {
            var cal = await CalendarQueries.MunicipalityAsync(db, code, jaar!.Value, Fmt.Today(clock), ct);
            if (formaat != "ics") return TypedResults.Ok(CalendarJson.From(cal));
            var ics = IcsWriter.Write(cal.ToEvents(), clock.GetUtcNow(), $"Verbonden – {cal.Name} – begroting {cal.Year}");
            return TypedResults.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"wgr-kalender-{cal.Code}-{cal.Year}.ics");
        }
        catch (KeyNotFoundException e) { return Missing(e.Message); }
    }

    static async Task<Results<Ok<object>, NotFound<ProblemDetails>, ValidationProblem>> ListZienswijzen(int id, int? jaar, VerbondenDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (jaar is null or < 1900 or > 9998) return Invalid(("jaar", "Give the budget year (jaar) between 1900 and 9998."));
        var z = await CalendarQueries.ArrangementAsync(db, id, jaar.Value, Fmt.Today(clock), ct);
        if (z is null) return Missing($"No arrangement with id {id}.");
        return TypedResults.Ok<object>(new
        {
            regeling = z.ArrangementId, naam = z.Name, jaar = z.Year, laatsteDag = z.LastDay,
            raden = z.Councils.Select(c => new { organisatie = c.Code, naam = c.Name, status = c.Status.Id(), ontvangen = c.Record?.ReceivedOn, tekst = c.Record?.Text, document = c.Record?.DocumentUrl, reactie = c.Record?.Reaction }),
        });
    }

    static async Task<Results<Created, NotFound<ProblemDetails>, ValidationProblem>> PostZienswijze(int id, ZienswijzeInput input, VerbondenDbContext db, RegisterAccess access, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(input.Organisatie)) errors.Add(("organisatie", "organisatie (the council's CBS code) is required."));
        if (input.Jaar is null or < 1900 or > 9998) errors.Add(("jaar", "jaar (budget year) between 1900 and 9998 is required."));
        if (input.Ontvangen is null) errors.Add(("ontvangen", "ontvangen (date received) is required."));
        if (string.IsNullOrWhiteSpace(input.Tekst) && string.IsNullOrWhiteSpace(input.Document)) errors.Add(("tekst", "Give tekst or document."));
        if (errors.Count > 0) return Invalid([.. errors]);
        var arrangement = await db.Arrangements.FindAsync([id], ct);
        if (arrangement is null) return Missing($"No arrangement with id {id}.");
        var code = input.Organisatie!.Trim().ToUpperInvariant();
        var org = db.Organisations.FirstOrDefault(o => o.Code == code);
        if (org is null) return Invalid(("organisatie", $"No organisation with code {code}."));
        access.EnsureCanRecordZienswijze(org.Id);
        try
        {
            await CalendarQueries.SaveZienswijzeAsync(db, new Zienswijze
            {
                ArrangementId = id, OrganisationId = org.Id, BudgetYear = input.Jaar!.Value, ReceivedOn = input.Ontvangen!.Value,
                Text = input.Tekst, DocumentUrl = input.Document, Reaction = input.Reactie, ReactionOn = input.ReactieOp,
            }, ct);
        }
        catch (DomainException e) { return Invalid((e.Field ?? "", e.Message)); }
        return TypedResults.Created($"/api/v1/regelingen/{id}/zienswijzen?jaar={input.Jaar}");
    }

    static async Task<Results<Ok<BbvParagraph>, NotFound<ProblemDetails>, ValidationProblem>> Bbv(string code, int jaar, VerbondenDbContext db, CancellationToken ct)
    {
        if (jaar is < 1900 or > 9998) return Invalid(("jaar", "jaar must lie between 1900 and 9998."));
        try { return TypedResults.Ok(await ReportQueries.BbvAsync(db, code, jaar, ct)); }
        catch (KeyNotFoundException e) { return Missing(e.Message); }
    }

    static async Task<Results<Ok<object>, ValidationProblem>> Network(string? provincie, string? vorm, DateOnly? peildatum, VerbondenDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var form = LegalFormInfo.FromId(vorm);
        if (vorm is { Length: > 0 } && form is null) return Invalid(("vorm", $"Unknown legal form '{vorm}'."));
        var (arrs, orgs) = await ReportQueries.NetworkAsync(db, peildatum ?? Fmt.Today(clock), provincie, form, ct);
        return TypedResults.Ok<object>(new
        {
            peildatum = peildatum ?? Fmt.Today(clock),
            regelingen = arrs.Select(a => new { id = a.Id, naam = a.Name, vorm = a.Form.Id(), provincie = a.ProvinceCode, beleidsterrein = a.PolicyDomain, deelnemers = a.Participants }),
            deelnemers = orgs.Select(o => new { id = o.Id, code = o.Code, naam = o.Name, provincie = o.ProvinceCode }),
        });
    }
}
