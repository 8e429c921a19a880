using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbonden.Data.Accounts;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Accounts;

/// <summary>
/// ASP.NET Core Identity's user store over our own Users table (the EF Identity package is not available on the mirror).
/// A user has one role; the organisation travels as a claim.
/// </summary>
public sealed class AccountStore(VerbondenDbContext db) :
    IUserPasswordStore<UserAccount>, IUserRoleStore<UserAccount>, IUserLockoutStore<UserAccount>, IUserSecurityStampStore<UserAccount>
{
    public void Dispose() { }

    public Task<string> GetUserIdAsync(UserAccount user, CancellationToken ct) => Task.FromResult(user.Id.ToString(CultureInfo.InvariantCulture));
    public Task<string?> GetUserNameAsync(UserAccount user, CancellationToken ct) => Task.FromResult<string?>(user.UserName);
    public Task SetUserNameAsync(UserAccount user, string? userName, CancellationToken ct) { user.UserName = userName ?? ""; return Task.CompletedTask; }
    public Task<string?> GetNormalizedUserNameAsync(UserAccount user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(UserAccount user, string? name, CancellationToken ct) { user.NormalizedUserName = name ?? ""; return Task.CompletedTask; }

    public async Task<IdentityResult> CreateAsync(UserAccount user, CancellationToken ct)
    {
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(UserAccount user, CancellationToken ct)
    {
        if (db.Entry(user).State == EntityState.Detached) db.Users.Update(user);
        await db.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(UserAccount user, CancellationToken ct)
    {
        db.Users.Remove(user);
        await db.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<UserAccount?> FindByIdAsync(string userId, CancellationToken ct) =>
        int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) : null;

    public Task<UserAccount?> FindByNameAsync(string normalizedUserName, CancellationToken ct) =>
        db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, ct);

    public Task SetPasswordHashAsync(UserAccount user, string? passwordHash, CancellationToken ct) { user.PasswordHash = passwordHash; return Task.CompletedTask; }
    public Task<string?> GetPasswordHashAsync(UserAccount user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(UserAccount user, CancellationToken ct) => Task.FromResult(user.PasswordHash is not null);

    public Task AddToRoleAsync(UserAccount user, string roleName, CancellationToken ct)
    {
        var role = roleName.ToLowerInvariant();
        if (!Roles.All.Contains(role)) throw new InvalidOperationException($"Unknown role '{roleName}'; use one of {string.Join(", ", Roles.All)}.");
        user.Role = role;
        return Task.CompletedTask;
    }

    public Task RemoveFromRoleAsync(UserAccount user, string roleName, CancellationToken ct)
    {
        if (string.Equals(user.Role, roleName, StringComparison.OrdinalIgnoreCase)) user.Role = "";
        return Task.CompletedTask;
    }

    public Task<IList<string>> GetRolesAsync(UserAccount user, CancellationToken ct) =>
        Task.FromResult<IList<string>>(user.Role is { Length: > 0 } r ? [r] : []);

    public Task<bool> IsInRoleAsync(UserAccount user, string roleName, CancellationToken ct) =>
        Task.FromResult(string.Equals(user.Role, roleName, StringComparison.OrdinalIgnoreCase));

    public async Task<IList<UserAccount>> GetUsersInRoleAsync(string roleName, CancellationToken ct)
    {
        var role = roleName.ToLowerInvariant();
        return await db.Users.Where(u => u.Role == role).ToListAsync(ct);
    }

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(UserAccount user, CancellationToken ct) => Task.FromResult(user.LockoutEnd);
    public Task SetLockoutEndDateAsync(UserAccount user, DateTimeOffset? lockoutEnd, CancellationToken ct) { user.LockoutEnd = lockoutEnd; return Task.CompletedTask; }
    public Task<int> IncrementAccessFailedCountAsync(UserAccount user, CancellationToken ct) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(UserAccount user, CancellationToken ct) { user.AccessFailedCount = 0; return Task.CompletedTask; }
    public Task<int> GetAccessFailedCountAsync(UserAccount user, CancellationToken ct) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(UserAccount user, CancellationToken ct) => Task.FromResult(user.LockoutEnabled);
    public Task SetLockoutEnabledAsync(UserAccount user, bool enabled, CancellationToken ct) { user.LockoutEnabled = enabled; return Task.CompletedTask; }

    public Task SetSecurityStampAsync(UserAccount user, string stamp, CancellationToken ct) { user.SecurityStamp = stamp; return Task.CompletedTask; }
    public Task<string?> GetSecurityStampAsync(UserAccount user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);
}

/// <summary>Puts the role and the organisation (id and code) into the sign-in cookie's principal.</summary>
public sealed class AccountClaimsFactory(UserManager<UserAccount> users, IOptions<IdentityOptions> options, VerbondenDbContext db)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var claim in await ClaimsOf(db, user)) identity.AddClaim(claim);
        return identity;
    }

    /// <summary>Role and organisation claims of a user; shared with the API token handler.</summary>
    public static async Task<List<Claim>> ClaimsOf(VerbondenDbContext db, UserAccount user)
    {
        var claims = new List<Claim>();
        if (user.Role is { Length: > 0 }) claims.Add(new Claim(ClaimTypes.Role, user.Role));
        if (user.OrganisationId is { } orgId)
        {
            claims.Add(new Claim(VerbondenClaims.OrganisationId, orgId.ToString(CultureInfo.InvariantCulture)));
            var code = user.Organisation?.Code ?? await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Code).FirstOrDefaultAsync();
            if (code is not null) claims.Add(new Claim(VerbondenClaims.OrganisationCode, code));
        }
        return claims;
    }
}
