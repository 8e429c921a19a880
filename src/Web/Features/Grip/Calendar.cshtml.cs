using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Core.Calendar;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Grip;

/// <summary>/organisaties/{code}/kalender: every P&amp;C step of the municipality's Wgr arrangements for one budget year.</summary>
public sealed class CalendarModel(VerbondenDbContext db, TimeProvider clock) : PageModel
{
    [FromRoute] public string Code { get; set; } = "";
    [FromQuery(Name = "jaar")] public int? Year { get; set; }
    public MunicipalityCalendar Calendar { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = Fmt.Today(clock);
        Year ??= Today.Year + 1;
        if (Year is < 1900 or > 9998) return BadRequest();
        try { Calendar = await CalendarQueries.MunicipalityAsync(db, Code, Year.Value, Today, ct); }
        catch (KeyNotFoundException) { return NotFound(); }
        return Page();
    }

    public IEnumerable<CalendarArrangement> Evaluations => Calendar.Arrangements
        .Where(a => a.Evaluation is { } e && (e.Overdue || e.Soon)).OrderBy(a => a.Evaluation!.DueOn);

    public static string StatusClass(ZienswijzeStatus? s) => s switch
    {
        ZienswijzeStatus.OpTijd => "status status--ok",
        ZienswijzeStatus.TeLaat or ZienswijzeStatus.Uitgebleven => "status status--warning",
        _ => "status",
    };
}
