using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Core.Register;
using Verbonden.Web.Features.Shared;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>Records the bodies of an arrangement (AB, DB, voorzitter, bestuur, ...) and who holds their seats.</summary>
public sealed class BodiesModel(ArrangementDetails details, MembershipEditor editor, RegisterAccess access) : PageModel
{
    [BindProperty] public MembershipEditor.SeatCommand Seat { get; set; } = new();
    [BindProperty] public string? BodyType { get; set; }
    [BindProperty] public string? BodyName { get; set; }
    public ArrangementDetails.Model Arrangement { get; private set; } = null!;
    public List<FieldError> Errors { get; private set; } = [];
    public ErrorSummary Summary => new([.. Errors.Select(e => (e.Field, e.Dutch))]);
    string? ErrorFor(string f) => Errors.FirstOrDefault(e => e.Field == f)?.Dutch;

    public FormField BodyTypeField => new("orgaantype", "BodyType", "Soort orgaan", BodyType, ErrorFor("orgaantype"))
        { Kind = "select", Required = true, Options = [("", "Kies een soort"), .. Enum.GetValues<BodyType>().Select(t => (t.ToString(), GoverningBody.Label(t)))] };
    public FormField BodyNameField => new("orgaannaam", "BodyName", "Naam van het orgaan", BodyName);

    public IEnumerable<FormField> SeatFields()
    {
        var a = Arrangement.Arrangement;
        yield return new FormField("orgaan", "Seat.Orgaan", "Orgaan", Seat.Orgaan, ErrorFor("orgaan"))
            { Kind = "select", Required = true, Options = [("", "Kies een orgaan"), .. a.Bodies.Select(b => (b.Id.ToString(), GoverningBody.Label(b.Type) + (b.Name is null ? "" : $": {b.Name}")))] };
        yield return new FormField("naam", "Seat.Naam", "Naam van het lid", Seat.Naam, ErrorFor("naam")) { Required = true };
        yield return new FormField("functie", "Seat.Functie", "Functie", Seat.Functie, ErrorFor("functie"))
            { Kind = "select", Required = true, Options = [("", "Kies een functie"), .. Enum.GetValues<SeatFunction>().Select(f => (f.ToString(), f.ToString()))] };
        yield return new FormField("namens", "Seat.Namens", "Namens deelnemer", Seat.Namens, ErrorFor("namens"))
            { Kind = "select", Options = [("", "Geen (extern lid)"), .. a.Participations.Where(p => p.LeftOn is null).Select(p => (p.Organisation!.Code, p.Organisation.Name))] };
        yield return new FormField("stemmen", "Seat.Stemmen", "Stemmen", Seat.Stemmen, ErrorFor("stemmen"));
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        !await Load(id, ct) ? NotFound() : await access.CanEditArrangementAsync(id, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostBodyAsync(int id, CancellationToken ct) =>
        await Done(id, await editor.AddBody(id, BodyType, BodyName, ct), ct);

    public async Task<IActionResult> OnPostSeatAsync(int id, CancellationToken ct) =>
        await Done(id, await editor.AddSeat(id, Seat, ct), ct);

    public async Task<IActionResult> OnPostRemoveSeatAsync(int id, int seatId, CancellationToken ct) =>
        await editor.RemoveSeat(id, seatId, ct) ? Redirect($"/regelingen/{id}/organen") : NotFound();

    async Task<IActionResult> Done(int id, List<FieldError>? errors, CancellationToken ct)
    {
        if (errors is null) return NotFound();
        if (errors.Count == 0) return Redirect($"/regelingen/{id}/organen");
        Errors = errors;
        await Load(id, ct);
        return Page();
    }

    async Task<bool> Load(int id, CancellationToken ct)
    {
        if (await details.Handle(id, ct) is not { } a) return false;
        Arrangement = a;
        return true;
    }
}
