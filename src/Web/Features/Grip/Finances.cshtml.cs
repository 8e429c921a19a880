using Verbonden.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Core;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Shared;

namespace Verbonden.Web.Features.Grip;

/// <summary>/regelingen/{id}/financien?jaar=Y: enter the figures of one year for the BBV paragraph — the arrangement's
/// equity, debt, result and risks, and per participant its contribution, shares, loans and guarantees.</summary>
public sealed class FinancesModel(VerbondenDbContext db, TimeProvider clock, RegisterAccess access) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery(Name = "jaar")] public string? YearText { get; set; }
    [FromQuery(Name = "opgeslagen")] public bool Saved { get; set; }
    [BindProperty] public FinanceForm Data { get; set; } = new();
    public ArrangementFinances View { get; private set; } = null!;
    public int Year { get; private set; }
    public List<(string Field, string Message)> Errors { get; private set; } = [];
    public ErrorSummary Summary => new(Errors);

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var year = Fmt.Today(clock).Year + 1;
        if (YearText is { Length: > 0 } t && !(int.TryParse(t, out year) && year is >= 1900 and <= 9998))
        {
            // A bad ?jaar= shows the current budget year with a message at the year field.
            year = Fmt.Today(clock).Year + 1;
            Errors.Add(("jaar", "Vul een jaar in tussen 1900 en 9998, bijvoorbeeld 2027."));
        }
        Year = year;
        var view = await FinanceStore.LoadAsync(db, Id, Year, ct);
        if (view is null) return NotFound();
        View = view;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } fail) return fail;
        if (!await access.CanEditArrangementAsync(Id, ct)) return Forbid();
        Data = FinanceForm.From(View);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } fail) return fail;
        if (!await access.CanEditArrangementAsync(Id, ct)) return Forbid();
        if (Errors.Count > 0) { Data = FinanceForm.From(View); return Page(); }
        var (figures, participants, errors) = Data.Validate(View.Participants.ToDictionary(p => p.OrganisationId, p => p.Name));
        if (errors.Count > 0) { Errors = errors; return Page(); }
        try { await FinanceStore.SaveAsync(db, Id, Year, figures!, participants, ct); }
        catch (DomainException e) { Errors = [("eigen-vermogen-begin", e.Message)]; return Page(); }
        return Redirect($"/regelingen/{Id}/financien?jaar={Year}&opgeslagen=true");
    }

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Field == id).Message;
}
