using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Overview;

/// <summary>
/// The overzichtskaart of a region (seed 003 appendices A and B): arrangements × municipalities, a mark where the
/// municipality takes part, and per municipality the totals per category.
/// </summary>
public sealed class OverviewMatrix(VerbondenDbContext db)
{
    public sealed record Column(int Id, string Code, string Name);
    public sealed record Row(int Id, string Name, LegalForm Form, OverviewCategory Category, IReadOnlySet<int> Members, int OtherParticipants);

    public sealed record Model(Region Region, IReadOnlyList<Column> Columns, IReadOnlyList<Row> Rows)
    {
        public int Count(Column c, OverviewCategory category) => Rows.Count(r => r.Category == category && r.Members.Contains(c.Id));
        public int Total(Column c) => Rows.Count(r => r.Category != OverviewCategory.Intentie && r.Members.Contains(c.Id));
    }

    public async Task<Model?> Handle(string regionName, CancellationToken ct)
    {
        if (Regions.Find(regionName) is not { } region) return null;
        var orgQuery = db.Organisations.AsNoTracking().Where(o => o.Type == OrganisationType.Gemeente);
        orgQuery = region.IsProvince
            ? orgQuery.Where(o => o.ProvinceCode == region.ProvinceCode && db.Participations.Any(p => p.OrganisationId == o.Id))
            : orgQuery.Where(o => region.MunicipalityCodes.Contains(o.Code));
        var orgs = await orgQuery.Select(o => new Column(o.Id, o.Code, o.Name)).ToListAsync(ct);
        var columns = region.IsProvince ? [.. orgs.OrderBy(c => c.Name)] : region.MunicipalityCodes.Select(code => orgs.FirstOrDefault(o => o.Code == code)).OfType<Column>().ToList();
        var ids = columns.Select(c => c.Id).ToList();
        var name = region.Name;
        var arrangements = await db.Arrangements.AsNoTracking()
            .Where(a => a.Status != ArrangementStatus.Opgeheven)
            .Where(a => (region.IsProvince ? a.ProvinceCode == region.ProvinceCode : a.Region != null && a.Region.Contains(name))
                        || a.Participations.Any(p => ids.Contains(p.OrganisationId)))
            .Select(a => new { a.Id, a.Name, a.LegalForm, a.Status, Orgs = a.Participations.Select(p => p.OrganisationId).ToList() })
            .ToListAsync(ct);
        var rows = arrangements
            .Select(a =>
            {
                var category = new Arrangement { Name = a.Name, LegalForm = a.LegalForm, Status = a.Status }.OverviewCategory;
                var members = a.Orgs.Where(ids.Contains).ToHashSet();
                return new Row(a.Id, a.Name, a.LegalForm, category, members, a.Orgs.Count - members.Count);
            })
            .OrderBy(r => r.Category).ThenBy(r => r.Name).ToList();
        return new Model(region, columns, rows);
    }
}
