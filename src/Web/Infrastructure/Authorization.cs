using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Data.Accounts;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Infrastructure;

/// <summary>
/// Who may do what, by convention, so that endpoints added later are covered without change:
/// <list type="bullet">
/// <item>Reading (GET, HEAD, OPTIONS) is open to everyone, on pages and API alike.</item>
/// <item>Every unsafe method (POST, PUT, PATCH, DELETE) on any page or endpoint without its own policy requires a signed-in
/// <c>beheerder</c> (the fallback policy). A new write endpoint is therefore closed until someone opens it on purpose.</item>
/// <item>Endpoints open it on purpose with one of <see cref="Policies"/> (and resource checks via <see cref="RegisterAccess"/>), or, for
/// pure computations that store nothing, with <c>.AllowAnonymous()</c> (minimal API) or <c>[AllowAnonymous]</c> (page).</item>
/// </list>
/// The API authenticates only with bearer tokens (no cookies, hence no cross-site request forgery); pages only with the sign-in cookie.
/// </summary>
public static class Policies
{
    /// <summary>Signed in as beheerder, for every method.</summary>
    public const string Beheerder = "beheerder";
    /// <summary>Signed in as beheerder or redacteur, for every method; the handler checks the arrangement with <see cref="RegisterAccess"/>.</summary>
    public const string RegisterEditor = "regeling-bewerken";
    /// <summary>Signed in as beheerder or provincie, for every method (supervisory notes are not public).</summary>
    public const string Supervisor = "toezicht";
    /// <summary>Signed in as beheerder or griffie, for every method; the handler checks the council.</summary>
    public const string Griffie = "griffie";
    /// <summary>For pages that mix public reading with writing: reading open; writing for beheerder, redacteur and griffie, each then checked per resource.</summary>
    public const string ResourceWrite = "schrijven-per-bron";

    public static IServiceCollection AddVerbondenAuthorization(this IServiceCollection s)
    {
        s.AddSingleton<IAuthorizationHandler, WriteAccessHandler>();
        s.AddHttpContextAccessor();
        s.AddScoped<RegisterAccess>();
        s.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new WriteAccess([Roles.Beheerder])).Build())
            .AddPolicy(Beheerder, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beheerder))
            .AddPolicy(RegisterEditor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beheerder, Roles.Redacteur))
            .AddPolicy(Supervisor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beheerder, Roles.Provincie))
            .AddPolicy(Griffie, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beheerder, Roles.Griffie))
            .AddPolicy(ResourceWrite, p => p.AddRequirements(new WriteAccess([Roles.Beheerder, Roles.Redacteur, Roles.Griffie])));
        return s;
    }

    public static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}

/// <summary>Safe methods pass; unsafe methods need a signed-in user in one of <see cref="Roles"/>.</summary>
public sealed record WriteAccess(IReadOnlyList<string> Roles) : IAuthorizationRequirement;

public sealed class WriteAccessHandler : AuthorizationHandler<WriteAccess>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, WriteAccess requirement)
    {
        var method = context.Resource switch
        {
            HttpContext http => http.Request.Method,
            Microsoft.AspNetCore.Mvc.Filters.AuthorizationFilterContext mvc => mvc.HttpContext.Request.Method,
            _ => null,
        };
        if (method is not null && Policies.IsSafe(method)) context.Succeed(requirement);
        else if (context.User.Identity?.IsAuthenticated == true && requirement.Roles.Any(context.User.IsInRole)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>The signed-in user's rights on a resource was refused: 403 (problem+json on the API, a Dutch page on the web).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>Claims Verbonden adds to a signed-in user.</summary>
public static class VerbondenClaims
{
    public const string OrganisationId = "verbonden:organisatie-id";
    public const string OrganisationCode = "verbonden:organisatie";
    public const string TokenLabel = "verbonden:token";

    public static int? OrganisationIdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(OrganisationId), out var id) ? id : null;

    /// <summary>How the user is named in the audit log: the user name, plus the token label for API calls.</summary>
    public static AuditActor ActorOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true ? new AuditActor("anoniem")
        : user.FindFirstValue(TokenLabel) is { } token ? new AuditActor($"{user.Identity.Name} (token {token})")
        : new AuditActor(user.Identity.Name ?? "onbekend");
}

/// <summary>
/// Sets the audit actor of the request's database context to the signed-in user, and turns a <see cref="ForbiddenException"/>
/// from a handler into a 403: problem+json on the API, the Dutch error page (via status code pages) on the web.
/// </summary>
public sealed class RequestActor(RequestDelegate next)
{
    public async Task Invoke(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
            context.RequestServices.GetRequiredService<VerbondenDbContext>().Actor = VerbondenClaims.ActorOf(context.User);
        try
        {
            await next(context);
        }
        catch (ForbiddenException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            if (context.Request.Path.StartsWithSegments(Api.BasePath))
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails { Status = 403, Title = "Forbidden", Detail = e.Message },
                });
        }
    }
}
