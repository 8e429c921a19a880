using Verbonden.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Reporting;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Shared;

namespace Verbonden.Web.Features.Grip;

/// <summary>/regelingen/{id}/raadsrol: record how the council is involved in one arrangement — its role, the
/// instruments in use, the agreed evaluation interval and last evaluation, and the answers to the six questions.</summary>
public sealed class CouncilRoleModel(VerbondenDbContext db, TimeProvider clock, RegisterAccess access) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public CouncilGripForm Data { get; set; } = new();
    public string Name { get; private set; } = "";
    public CouncilGrip Questions { get; } = new();
    public List<(string Field, string Message)> Errors { get; private set; } = [];
    public ErrorSummary Summary => new(Errors);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadNameAsync(ct)) return NotFound();
        if (!await access.CanEditArrangementAsync(Id, ct)) return Forbid();
        Data = CouncilGripForm.From(await db.CouncilGrips.AsNoTracking().FirstOrDefaultAsync(g => g.ArrangementId == Id, ct) ?? new CouncilGrip());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadNameAsync(ct)) return NotFound();
        if (!await access.CanEditArrangementAsync(Id, ct)) return Forbid();
        var g = await db.CouncilGrips.FirstOrDefaultAsync(x => x.ArrangementId == Id, ct) ?? new CouncilGrip { ArrangementId = Id };
        Errors = Data.ApplyTo(g, Fmt.Today(clock));
        if (Errors.Count > 0) return Page();
        try { g.Validate(); }
        catch (DomainException e) { Errors = [("evaluatie-interval", e.Message)]; return Page(); }
        if (g.Id == 0) db.CouncilGrips.Add(g);
        await db.SaveChangesAsync(ct);
        return Redirect($"/regelingen/{Id}/raadsinformatie");
    }

    async Task<bool> LoadNameAsync(CancellationToken ct)
    {
        Name = await db.Arrangements.AsNoTracking().Where(a => a.Id == Id).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? "";
        return Name.Length > 0;
    }
}
