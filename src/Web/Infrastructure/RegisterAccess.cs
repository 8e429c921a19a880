using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Accounts;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Grip;

namespace Verbonden.Web.Infrastructure;

/// <summary>
/// Resource-based checks that a role alone cannot decide: a redacteur of organisation X edits only arrangements in which X
/// takes part (today) and X's own data; a griffie records only its own council's zienswijzen. The editors call the
/// Ensure… methods, so pages and API are checked by the same code. Outside an HTTP request (CLI, tests that call an
/// editor directly) the caller is trusted.
/// </summary>
public sealed class RegisterAccess(IHttpContextAccessor http, VerbondenDbContext db, TimeProvider clock)
{
    ClaimsPrincipal? User => http.HttpContext?.User;
    bool Trusted => http.HttpContext is null;
    bool Is(string role) => User?.Identity?.IsAuthenticated == true && User.IsInRole(role);
    int? Organisation => User is null ? null : VerbondenClaims.OrganisationIdOf(User);

    public async Task<bool> CanEditArrangementAsync(int arrangementId, CancellationToken ct)
    {
        if (Trusted || Is(Roles.Beheerder)) return true;
        if (!Is(Roles.Redacteur) || Organisation is not { } org) return false;
        var today = Fmt.Today(clock);
        return await db.Participations.AnyAsync(p => p.ArrangementId == arrangementId && p.OrganisationId == org && (p.LeftOn == null || p.LeftOn >= today), ct);
    }

    public async Task EnsureCanEditArrangementAsync(int arrangementId, CancellationToken ct)
    {
        if (!await CanEditArrangementAsync(arrangementId, ct))
            throw new ForbiddenException(Is(Roles.Redacteur)
                ? "A redacteur may only edit arrangements in which their own organisation takes part."
                : "Your role may not edit arrangements.");
    }

    /// <summary>Beheerders and redacteuren create arrangements; a redacteur's organisation becomes its first participant.</summary>
    public bool CanCreateArrangement => Trusted || Is(Roles.Beheerder) || (Is(Roles.Redacteur) && Organisation is not null);

    /// <summary>The organisation to add as participant of an arrangement created by a redacteur; null for others.</summary>
    public int? CreatorOrganisation => Is(Roles.Redacteur) ? Organisation : null;

    public void EnsureCanCreateArrangement()
    {
        if (!CanCreateArrangement) throw new ForbiddenException("Your role may not create arrangements.");
    }

    public bool CanRecordZienswijze(int organisationId) =>
        Trusted || Is(Roles.Beheerder) || (Is(Roles.Griffie) && Organisation == organisationId);

    public void EnsureCanRecordZienswijze(int organisationId)
    {
        if (!CanRecordZienswijze(organisationId))
            throw new ForbiddenException(Is(Roles.Griffie)
                ? "A griffie may only record the zienswijzen of its own council."
                : "Your role may not record zienswijzen.");
    }

    /// <summary>An organisation's own data (for organisation edit pages): beheerder, or a redacteur of that organisation.</summary>
    public bool CanEditOrganisation(int organisationId) =>
        Trusted || Is(Roles.Beheerder) || (Is(Roles.Redacteur) && Organisation == organisationId);

    public bool CanSupervise => Trusted || Is(Roles.Beheerder) || Is(Roles.Provincie);
}
