using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Organisations;

public sealed class IndexModel(VerbondenDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public string? TypeFilter { get; set; }

    public sealed record Row(string Code, string Name, OrganisationType Type, string? ProvinceCode, int Arrangements);
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (Q is { Length: > 0 } q)
        {
            var like = $"%{q.Trim().ToLower()}%";
            query = query.Where(o => EF.Functions.Like(o.Name.ToLower(), like) || o.Code == q.Trim().ToUpper());
        }
        if (Enum.TryParse<OrganisationType>(TypeFilter, true, out var type)) query = query.Where(o => o.Type == type);
        var filtered = Q is not null || TypeFilter is not null;
        var rows = await query
            .Select(o => new { o.Code, o.Name, o.Type, o.ProvinceCode, Count = db.Participations.Count(p => p.OrganisationId == o.Id) })
            .Where(r => filtered || r.Count > 0)
            .OrderBy(r => r.Name).Take(1000).ToListAsync(ct);
        Rows = [.. rows.Select(r => new Row(r.Code, r.Name, r.Type, r.ProvinceCode, r.Count))];
    }
}
