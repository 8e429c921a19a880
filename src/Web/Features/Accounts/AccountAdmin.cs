using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Accounts;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Accounts;

/// <summary>A refused account operation, with a one-line English reason (for the CLI).</summary>
public sealed class AccountException(string message) : Exception(message);

/// <summary>Creates users and API tokens; used by <c>verbonden users …</c>.</summary>
public sealed class AccountAdmin(UserManager<UserAccount> users, VerbondenDbContext db, TimeProvider clock)
{
    public async Task<UserAccount> AddUserAsync(string name, string role, string? organisationCode, string password, CancellationToken ct)
    {
        role = role.Trim().ToLowerInvariant();
        if (!Roles.All.Contains(role)) throw new AccountException($"unknown role '{role}'; use one of {string.Join(", ", Roles.All)}");
        int? orgId = null;
        if (!string.IsNullOrWhiteSpace(organisationCode))
        {
            var code = organisationCode.Trim().ToUpperInvariant();
            orgId = await db.Organisations.Where(o => o.Code == code).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct)
                ?? throw new AccountException($"no organisation with code {code}; import the organisations first");
        }
        else if (Roles.NeedsOrganisation(role)) throw new AccountException($"the role {role} acts for an organisation: give --organisation CODE");
        if (await users.FindByNameAsync(name) is not null) throw new AccountException($"a user named '{name}' already exists");
        var user = new UserAccount { UserName = name, NormalizedUserName = "", Role = role, OrganisationId = orgId, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new AccountException(string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public async Task<string> AddTokenAsync(string name, string label, int? validDays, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(name) ?? throw new AccountException($"no user named '{name}'");
        if (string.IsNullOrWhiteSpace(label) || label.Length > 100) throw new AccountException("the token label must be 1 to 100 characters");
        var now = clock.GetUtcNow();
        return await ApiTokens.CreateAsync(db, user, label.Trim(), now, validDays is { } d ? now.AddDays(d) : null, ct);
    }
}
