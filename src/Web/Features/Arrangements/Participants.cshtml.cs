using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Shared;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>Manages the participants of an arrangement: add a participant, record an exit (uittreding).</summary>
public sealed class ParticipantsModel(ArrangementDetails details, MembershipEditor editor, VerbondenDbContext db, RegisterAccess access) : PageModel
{
    [BindProperty] public MembershipEditor.ParticipantCommand Data { get; set; } = new();
    public ArrangementDetails.Model Arrangement { get; private set; } = null!;
    public List<(string Code, string Name)> Organisations { get; private set; } = [];
    public List<FieldError> Errors { get; private set; } = [];
    public ErrorSummary Summary => new([.. Errors.Select(e => (e.Field, e.Dutch))]);
    string? ErrorFor(string f) => Errors.FirstOrDefault(e => e.Field == f)?.Dutch;

    public IEnumerable<FormField> Fields()
    {
        yield return new FormField("deelnemer", "Data.Deelnemer", "Organisatie", Data.Deelnemer, ErrorFor("deelnemer"))
            { Kind = "select", Required = true, Options = [("", "Kies een organisatie"), .. Organisations.Select(o => (o.Code, $"{o.Name} ({o.Code})"))] };
        yield return new FormField("toegetreden", "Data.Toegetreden", "Toegetreden op", Data.Toegetreden, ErrorFor("toegetreden")) { Description = "Als jjjj-mm-dd." };
        yield return new FormField("rol", "Data.Rol", "Rol", Data.Rol, ErrorFor("rol"))
            { Kind = "select", Options = [.. Enum.GetValues<ParticipantRole>().Select(r => (r.ToString(), r.ToString()))] };
        yield return new FormField("stemmen", "Data.Stemmen", "Stemmen in het algemeen bestuur", Data.Stemmen, ErrorFor("stemmen")) { Description = "Wgr art. 13 lid 4: het aantal stemmen kan per deelnemer verschillen." };
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        !await Load(id, ct) ? NotFound() : await access.CanEditArrangementAsync(id, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        var result = await editor.AddParticipant(id, Data, ct);
        if (result is null) return NotFound();
        if (result.Value.Errors.Count == 0) return Redirect($"/regelingen/{id}/deelnemers");
        Errors = result.Value.Errors;
        await Load(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(int id, int participationId, string? uitgetreden, CancellationToken ct)
    {
        var errors = await editor.EndParticipation(id, participationId, uitgetreden, ct);
        if (errors is null) return NotFound();
        if (errors.Count == 0) return Redirect($"/regelingen/{id}/deelnemers");
        Errors = [.. errors.Select(e => e with { Field = $"uitgetreden-{participationId}" })];
        await Load(id, ct);
        return Page();
    }

    async Task<bool> Load(int id, CancellationToken ct)
    {
        if (await details.Handle(id, ct) is not { } a) return false;
        Arrangement = a;
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Code, o.Name }).ToListAsync(ct))
            .Select(o => (o.Code, o.Name)).ToList();
        return true;
    }
}
