using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Organisations;

/// <summary>
/// One organisation's cooperation: every arrangement it takes part in on a day, counted per overzichtskaart category,
/// and what changed since a reference date. Used by the organisation page and GET /api/v1/organisaties/{code}/regelingen.
/// </summary>
public sealed class OrganisationOverview(VerbondenDbContext db)
{
    public sealed record Item(int Id, string Name, LegalForm Form, ArrangementStatus Status, OverviewCategory Category, DateOnly? JoinedOn, DateOnly? LeftOn, int Participants);

    public sealed record Change(string Kind, Item Item);

    public sealed record Model(Organisation Organisation, DateOnly Day, IReadOnlyList<Item> Items,
        IReadOnlyDictionary<OverviewCategory, int> Counts, DateOnly? Reference, IReadOnlyList<Change> Changes)
    {
        /// <summary>Verbonden partijen in the sense of the overview map: public Wgr with OL plus private.</summary>
        public int VerbondenPartijen => Counts[OverviewCategory.PubliekWgrOl] + Counts[OverviewCategory.Privaat];
        public int Total => Counts.Where(c => c.Key != OverviewCategory.Intentie).Sum(c => c.Value);
    }

    public async Task<Model?> Handle(string code, DateOnly day, DateOnly? reference, CancellationToken ct)
    {
        var org = await db.Organisations.AsNoTracking().Include(o => o.Identifiers)
            .FirstOrDefaultAsync(o => o.Code == code.ToUpper(), ct);
        if (org is null) return null;
        var rows = await (
            from p in db.Participations.AsNoTracking()
            where p.OrganisationId == org.Id
            join a in db.Arrangements.AsNoTracking() on p.ArrangementId equals a.Id
            select new { p.JoinedOn, p.LeftOn, a.Id, a.Name, a.LegalForm, a.Status, a.IntendedSince, a.DateInForce, a.DateEnded, Participants = a.Participations.Count }
        ).ToListAsync(ct);
        var all = rows.Select(r =>
        {
            var a = new Arrangement { Name = r.Name, LegalForm = r.LegalForm, Status = r.Status, IntendedSince = r.IntendedSince, DateInForce = r.DateInForce, DateEnded = r.DateEnded };
            return (Arrangement: a, Item: new Item(r.Id, r.Name, r.LegalForm, r.Status, a.OverviewCategory, r.JoinedOn, r.LeftOn, r.Participants));
        }).ToList();

        bool ActiveOn((Arrangement Arrangement, Item Item) x, DateOnly d) =>
            (x.Item.JoinedOn is null || x.Item.JoinedOn <= d) && (x.Item.LeftOn is null || d <= x.Item.LeftOn)
            && (x.Arrangement.DateEnded is null || d <= x.Arrangement.DateEnded) && (x.Arrangement.DateInForce is null || x.Arrangement.DateInForce <= d || x.Arrangement.Status == ArrangementStatus.Intentie);

        var current = all.Where(x => ActiveOn(x, day)).OrderBy(x => x.Item.Category).ThenBy(x => x.Item.Name).ToList();
        var counts = Enum.GetValues<OverviewCategory>().ToDictionary(c => c, c => current.Count(x => x.Item.Category == c));
        var changes = new List<Change>();
        if (reference is { } r)
        {
            foreach (var x in all)
            {
                var then = ActiveOn(x, r);
                var now = ActiveOn(x, day);
                if (now && !then) changes.Add(new("nieuw", x.Item));
                else if (then && !now) changes.Add(new("uitgetreden", x.Item));
                else if (now && x.Arrangement.IsRealisedSince(r)) changes.Add(new("gerealiseerd", x.Item));
            }
        }
        return new Model(org, day, [.. current.Select(x => x.Item)], counts, reference, [.. changes.OrderBy(c => c.Kind).ThenBy(c => c.Item.Name)]);
    }
}
