using Microsoft.AspNetCore.Http;

namespace Verbonden.Web.Infrastructure;

/// <summary>Security headers on every response (ADR /core/transport/security-headers; no inline script allowed).</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task Invoke(HttpContext context)
    {
        var h = context.Response.Headers;
        h["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    }
}

/// <summary>ADR /core/no-trailing-slash: a path ending in '/' (other than the root) is a 404, never a redirect.</summary>
public sealed class NoTrailingSlash(RequestDelegate next)
{
    public Task Invoke(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is { Length: > 1 } && path.EndsWith('/'))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
