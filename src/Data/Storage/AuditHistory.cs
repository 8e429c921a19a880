using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;

namespace Verbonden.Data.Storage;

/// <summary>
/// Reconstructs an arrangement as the register recorded it at a past moment, from the audit log's 'after'
/// snapshots: for the arrangement and each of its participations, the last entry at or before the moment counts
/// (a delete means it was gone). This is registration time ("what did the register say then"), not the
/// participation periods, which <see cref="Arrangement.ParticipantsOn"/> answers.
/// </summary>
public static class AuditHistory
{
    static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public sealed record Snapshot(Arrangement Arrangement, AuditEntry LastChange);

    /// <summary>The arrangement with its participations (organisations as they are now) at <paramref name="moment"/>, or null when it was not in the register then.</summary>
    public static async Task<Snapshot?> ArrangementAsOfAsync(VerbondenDbContext db, int arrangementId, DateTimeOffset moment, CancellationToken ct = default)
    {
        // DateTimeOffset comparisons are not translated for SQLite, so the (short) history of one arrangement is filtered here.
        var entries = (await db.AuditEntries.AsNoTracking().Where(e => e.ArrangementId == arrangementId).OrderBy(e => e.Id).ToListAsync(ct))
            .Where(e => e.At <= moment).ToList();
        var own = entries.LastOrDefault(e => e.EntityType == nameof(Arrangement));
        if (own is null || own.Action == "delete" || own.After is null) return null;
        var a = JsonSerializer.Deserialize<Arrangement>(own.After, Json)!;
        var participations = entries.Where(e => e.EntityType == nameof(Participation))
            .GroupBy(e => e.EntityKey)
            .Select(g => g.Last())
            .Where(e => e.Action != "delete" && e.After is not null)
            .Select(e => JsonSerializer.Deserialize<Participation>(e.After!, Json)!)
            .ToList();
        var ids = participations.Select(p => p.OrganisationId).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        foreach (var p in participations)
            p.Organisation = orgs.GetValueOrDefault(p.OrganisationId) ?? new Organisation { Id = p.OrganisationId, Code = $"#{p.OrganisationId}", Name = p.SourceName ?? "(verwijderde organisatie)" };
        a.Participations = [.. participations.OrderBy(p => p.Organisation!.Name, StringComparer.Ordinal)];
        return new Snapshot(a, entries.Last());
    }
}
