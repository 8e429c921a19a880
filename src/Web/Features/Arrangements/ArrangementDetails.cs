using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>Loads one arrangement with everything its page and GET /api/v1/regelingen/{id} show.</summary>
public sealed class ArrangementDetails(VerbondenDbContext db)
{
    public sealed record Model(Arrangement Arrangement, IReadOnlyList<AuditEntry> History);

    public async Task<Model?> Handle(int id, CancellationToken ct)
    {
        var a = await db.Arrangements.AsNoTracking().AsSplitQuery()
            .Include(x => x.Participations).ThenInclude(p => p.Organisation)
            .Include(x => x.Bodies).ThenInclude(b => b.Seats).ThenInclude(s => s.Organisation)
            .Include(x => x.Documents)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        a.Participations = [.. a.Participations.OrderBy(p => p.Organisation!.Name)];
        var history = await db.AuditEntries.AsNoTracking().Where(e => e.ArrangementId == id)
            .OrderByDescending(e => e.Id).Take(100).ToListAsync(ct);
        return new Model(a, history);
    }

    /// <summary>The arrangement as the register recorded it at the end of <paramref name="day"/> (Dutch time), from the audit log.</summary>
    public Task<AuditHistory.Snapshot?> AsOf(int id, DateOnly day, CancellationToken ct) =>
        AuditHistory.ArrangementAsOfAsync(db, id, EndOfDutchDay(day), ct);

    static readonly TimeZoneInfo Dutch = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset EndOfDutchDay(DateOnly day)
    {
        var local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Dutch.GetUtcOffset(local)).AddTicks(-1);
    }
}
