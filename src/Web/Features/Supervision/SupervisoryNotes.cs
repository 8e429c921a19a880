using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Supervision;

/// <summary>Reads and adds the provincial supervisor's notes on an arrangement (page and API alike; both require <see cref="Policies.Supervisor"/>).</summary>
public sealed class SupervisoryNotes(VerbondenDbContext db, RegisterAccess access, TimeProvider clock, Microsoft.AspNetCore.Http.IHttpContextAccessor http)
{
    public async Task<List<SupervisoryNote>?> ListAsync(int arrangementId, CancellationToken ct)
    {
        if (!await db.Arrangements.AnyAsync(a => a.Id == arrangementId, ct)) return null;
        return (await db.SupervisoryNotes.AsNoTracking().Where(n => n.ArrangementId == arrangementId).ToListAsync(ct))
            .OrderByDescending(n => n.WrittenAt).ToList();
    }

    /// <summary>Adds a note; null when the arrangement does not exist; throws <see cref="DomainException"/> on bad text.</summary>
    public async Task<SupervisoryNote?> AddAsync(int arrangementId, string? text, CancellationToken ct)
    {
        if (!await db.Arrangements.AnyAsync(a => a.Id == arrangementId, ct)) return null;
        if (!access.CanSupervise) throw new ForbiddenException("Only the province and beheerders add supervisory notes.");
        var user = http.HttpContext?.User;
        var note = new SupervisoryNote
        {
            ArrangementId = arrangementId, Text = text?.Trim() ?? "", WrittenAt = clock.GetUtcNow(),
            Author = db.Actor.Name, OrganisationId = user is null ? null : VerbondenClaims.OrganisationIdOf(user),
        };
        note.Validate();
        db.SupervisoryNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return note;
    }
}
