using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Data.Accounts;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Accounts;

/// <summary>
/// Accounts (issue 6): ASP.NET Core Identity over our own store, the sign-in cookie for pages, bearer tokens for the API.
/// OpenID Connect is not wired in: Microsoft.AspNetCore.Authentication.OpenIdConnect is not on the package mirror
/// (see docs/operations.md for how it plugs in once it is).
/// </summary>
public static class AccountsFeature
{
    const string Selector = "verbonden";

    /// <summary>NCSC/NIST advice: length over character classes; lock-out after five failures for fifteen minutes.</summary>
    public static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
    }

    /// <summary>Identity without the web parts: what the CLI needs to create users.</summary>
    public static IdentityBuilder AddVerbondenIdentityCore(this IServiceCollection s) =>
        s.AddIdentityCore<UserAccount>(ConfigureIdentity)
            .AddUserStore<AccountStore>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>();

    public static IServiceCollection AddAccounts(this IServiceCollection s)
    {
        s.AddScoped(_ => new AuditActor("anoniem"));
        s.AddScoped<AccountAdmin>();
        s.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultChallengeScheme = Selector;
                o.DefaultForbidScheme = Selector;
            })
            .AddPolicyScheme(Selector, null, o => o.ForwardDefaultSelector = c =>
                c.Request.Path.StartsWithSegments(Api.BasePath) ? ApiTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies(c => c.ApplicationCookie!.Configure(o =>
            {
                o.Cookie.Name = "verbonden";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/inloggen";
                o.LogoutPath = "/uitloggen";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // A signed-in user without the right gets a 403 with the Dutch error page, not a redirect.
                o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            }));
        s.AddVerbondenIdentityCore().AddSignInManager();
        return s;
    }
}
