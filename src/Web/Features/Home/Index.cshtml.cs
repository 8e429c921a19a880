using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Home;

public sealed class IndexModel(VerbondenDbContext db) : PageModel
{
    public int Arrangements { get; private set; }
    public int Organisations { get; private set; }
    public int Participations { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Arrangements = await db.Arrangements.CountAsync(ct);
        Organisations = await db.Participations.Select(p => p.OrganisationId).Distinct().CountAsync(ct);
        Participations = await db.Participations.CountAsync(ct);
    }
}
