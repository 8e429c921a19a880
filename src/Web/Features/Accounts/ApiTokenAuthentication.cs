using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verbonden.Data.Accounts;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Accounts;

/// <summary>
/// Authenticates API calls with <c>Authorization: Bearer vb_…</c> against the hashed tokens in ApiTokens.
/// Challenge and forbid answer with problem+json (401 with WWW-Authenticate: Bearer, 403), never a redirect.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    DbContextOptions<VerbondenDbContext> dbOptions, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        // A context of its own: the request's context must not be created before the audit actor is known.
        await using var db = new VerbondenDbContext(dbOptions);
        var now = clock.GetUtcNow();
        var token = await ApiTokens.FindAsync(db, header["Bearer ".Length..].Trim(), now, Context.RequestAborted);
        if (token?.User is not { } user) return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        if (user.LockoutEnd is { } end && end > now) return AuthenticateResult.Fail("The account of this API token is locked.");
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(VerbondenClaims.TokenLabel, token.Label),
        };
        claims.AddRange(await AccountClaimsFactory.ClaimsOf(db, user));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteProblem(401, "Unauthorized", result.Failure?.Message ?? "This request changes data: send an API token as 'Authorization: Bearer <token>' (created with 'verbonden users add-token').");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteProblem(403, "Forbidden", "The role of this API token does not allow this request.");
    }

    Task WriteProblem(int status, string title, string detail) =>
        Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
}
