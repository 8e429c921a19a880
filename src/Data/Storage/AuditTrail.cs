using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Verbonden.Core.Allocation;
using Verbonden.Core.Register;

namespace Verbonden.Data.Storage;

/// <summary>Who made a change, as recorded in the audit log.</summary>
public sealed record AuditActor(string Name)
{
    public static readonly AuditActor System = new("systeem");
}

/// <summary>
/// One append-only record of a change: who, when, what, before and after. Entries are chained:
/// <see cref="Hash"/> covers the entry's content and <see cref="PreviousHash"/>, so editing or deleting
/// an entry breaks the chain from that point on (see <see cref="AuditTrail.VerifyAsync"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public int? ArrangementId { get; set; }
    /// <summary>insert, update or delete.</summary>
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }

    public string ComputeHash() => AuditTrail.HashOf(this);
}

public static class AuditTrail
{
    public sealed record Pending(EntityEntry Entry, string Action, string? Before);

    /// <summary>Clock for audit timestamps; tests may replace it.</summary>
    public static TimeProvider Clock { get; set; } = TimeProvider.System;

    internal static List<Pending> Capture(DbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new Pending(e, e.State switch
            {
                EntityState.Added => "insert",
                EntityState.Modified => "update",
                _ => "delete",
            }, e.State == EntityState.Added ? null : Serialize(e, original: true)))
            .Where(p => p.Action != "update" || p.Entry.Properties.Any(pr => pr.IsModified && !Equals(pr.OriginalValue, pr.CurrentValue)))
            .ToList();

    internal static async Task AppendAsync(VerbondenDbContext db, List<Pending> pending, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7411)", ct);
        var previous = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? "";
        var at = Clock.GetUtcNow();
        at = new DateTimeOffset(at.Ticks - at.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        foreach (var p in pending)
        {
            var entry = new AuditEntry
            {
                At = at,
                Actor = db.Actor.Name,
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityKey = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => p.Entry.Property(k.Name).CurrentValue)),
                ArrangementId = ArrangementOf(db, p.Entry),
                Action = p.Action,
                Before = p.Before,
                After = p.Action == "delete" ? null : Serialize(p.Entry, original: false),
                PreviousHash = previous,
                Hash = "",
            };
            entry.Hash = HashOf(entry);
            previous = entry.Hash;
            db.AuditEntries.Add(entry);
        }
        await db.BaseSaveChangesAsync(ct);
    }

    /// <summary>Walks the chain in id order; returns the first entry whose hash or link does not hold, or null when intact.</summary>
    public static async Task<(AuditEntry Entry, string Problem)?> VerifyAsync(VerbondenDbContext db, CancellationToken ct = default)
    {
        var previous = "";
        await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (e.PreviousHash != previous) return (e, "previous-hash link broken (an entry before it was changed or deleted)");
            if (e.Hash != HashOf(e)) return (e, "content does not match its hash (the entry was edited)");
            previous = e.Hash;
        }
        return null;
    }

    internal static string HashOf(AuditEntry e)
    {
        var text = string.Join('\u001f', e.PreviousHash, e.At.UtcTicks, e.Actor, e.EntityType, e.EntityKey,
            e.ArrangementId, e.Action, e.Before, e.After);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    static int? ArrangementOf(DbContext db, EntityEntry e) => e.Entity switch
    {
        Arrangement a => a.Id,
        Participation p => p.ArrangementId,
        GoverningBody g => g.ArrangementId,
        ArrangementDocument d => d.ArrangementId,
        AllocationPlan ap => ap.ArrangementId,
        BodySeat s => db.ChangeTracker.Entries<GoverningBody>().FirstOrDefault(g => g.Entity.Id == s.GoverningBodyId)?.Entity.ArrangementId,
        _ => e.Metadata.FindProperty("ArrangementId") is not null ? e.Property("ArrangementId").CurrentValue as int? : null,
    };

    /// <summary>Secrets that never go into the audit log; the entry records only that they were set.</summary>
    static readonly HashSet<string> Redacted = ["PasswordHash", "SecurityStamp", "TokenHash"];

    static string Serialize(EntityEntry e, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in e.Properties)
        {
            var v = original ? p.OriginalValue : p.CurrentValue;
            if (Redacted.Contains(p.Metadata.Name)) v = v is null ? null : "[verborgen]";
            values[p.Metadata.Name] = v switch { null => null, DateOnly d => d.ToString("yyyy-MM-dd"), Enum en => en.ToString(), _ => v };
        }
        return JsonSerializer.Serialize(values);
    }
}
