using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Accounts;

/// <summary>
/// A token for a machine client, sent as <c>Authorization: Bearer vb_…</c>. Only its SHA-256 hash is stored;
/// the token itself is shown once, when it is created. It acts with the rights of its user.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public UserAccount? User { get; set; }
    /// <summary>What the token is for, e.g. "sync-zaaksysteem"; appears in the audit log.</summary>
    public required string Label { get; set; }
    /// <summary>Lower-case hex SHA-256 of the token text.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);
}

public static class ApiTokens
{
    public const string Prefix = "vb_";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Creates a token for <paramref name="user"/>; returns the token text, which is not stored anywhere.</summary>
    public static async Task<string> CreateAsync(VerbondenDbContext db, UserAccount user, string label, DateTimeOffset now, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Label = label, TokenHash = Hash(token), CreatedAt = now, ExpiresAt = expiresAt });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The valid token with this text and its user, or null.</summary>
    public static async Task<ApiToken?> FindAsync(VerbondenDbContext db, string token, DateTimeOffset now, CancellationToken ct = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 200) return null;
        var hash = Hash(token);
        var found = await db.ApiTokens.AsNoTracking().Include(t => t.User).ThenInclude(u => u!.Organisation)
            .FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        return found is not null && found.IsValidAt(now) ? found : null;
    }
}
