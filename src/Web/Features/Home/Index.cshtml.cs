using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Grip;

namespace Verbonden.Web.Features.Home;

public sealed class IndexModel(VerbondenDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>At most this many reminders of each kind are listed; the rest are counted.</summary>
    public const int MaxReminders = 20;

    public int Arrangements { get; private set; }
    public int Organisations { get; private set; }
    public int Participations { get; private set; }
    public DateOnly Today { get; private set; }
    public Reminders Reminders { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Arrangements = await db.Arrangements.CountAsync(ct);
        Organisations = await db.Participations.Select(p => p.OrganisationId).Distinct().CountAsync(ct);
        Participations = await db.Participations.CountAsync(ct);
        Today = Fmt.Today(clock);
        Reminders = await ReminderQueries.LoadAsync(db, Today, ct);
    }
}
