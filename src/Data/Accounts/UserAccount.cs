namespace Verbonden.Data.Accounts;

/// <summary>The roles of Verbonden (issue 6). A user has exactly one role.</summary>
public static class Roles
{
    /// <summary>Manages everything: all arrangements, users, imports.</summary>
    public const string Beheerder = "beheerder";
    /// <summary>Editor for one organisation: edits only arrangements in which that organisation takes part, and its own data.</summary>
    public const string Redacteur = "redacteur";
    /// <summary>Provincial supervisor: reads everything, including supervisory notes, and adds supervisory notes.</summary>
    public const string Provincie = "provincie";
    /// <summary>Council clerk's office: records the zienswijzen of its own council.</summary>
    public const string Griffie = "griffie";

    public static readonly IReadOnlyList<string> All = [Beheerder, Redacteur, Provincie, Griffie];

    /// <summary>Roles that act on behalf of one organisation and therefore need one.</summary>
    public static bool NeedsOrganisation(string role) => role is Redacteur or Provincie or Griffie;
}

/// <summary>
/// A person who can sign in. Passwords are stored only as ASP.NET Core Identity hashes (PBKDF2); lock-out
/// fields follow Identity's conventions. Stored in table Users; see the Trust migration.
/// </summary>
public sealed class UserAccount
{
    public int Id { get; set; }
    public required string UserName { get; set; }
    public required string NormalizedUserName { get; set; }
    public string? PasswordHash { get; set; }
    /// <summary>Changes when credentials or rights change, which signs the user out everywhere.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    /// <summary>One of <see cref="Roles"/>.</summary>
    public required string Role { get; set; }
    /// <summary>The organisation a redacteur, provincie or griffie acts for (null for a beheerder).</summary>
    public int? OrganisationId { get; set; }
    public Verbonden.Core.Register.Organisation? Organisation { get; set; }
    public bool LockoutEnabled { get; set; } = true;
    public DateTimeOffset? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
