using Verbonden.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>/regelingen/{id}/geschiedenis?opDatum=2024-01-01: the arrangement as the register recorded it on a past date.</summary>
public sealed class HistoryModel(ArrangementDetails details, VerbondenDbContext db, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery(Name = "opDatum")] public string? OpDatum { get; set; }
    public string Name { get; private set; } = "";
    public DateOnly? Day { get; private set; }
    public string? Error { get; private set; }
    public AuditHistory.Snapshot? Snapshot { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var name = await db.Arrangements.Where(a => a.Id == Id).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (name is null) return NotFound();
        Name = name;
        if (string.IsNullOrWhiteSpace(OpDatum)) OpDatum = Grip.Fmt.Iso(Grip.Fmt.Today(clock));
        if (!IsoDate.TryParse(OpDatum.Trim(), out var day))
        {
            Error = "Vul de datum in als jjjj-mm-dd, bijvoorbeeld 2024-01-01.";
            return Page();
        }
        Day = day;
        Snapshot = await details.AsOf(Id, day, ct);
        return Page();
    }
}
