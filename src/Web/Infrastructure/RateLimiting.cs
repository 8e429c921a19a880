using Microsoft.AspNetCore.Builder;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Verbonden.Web.Infrastructure;

/// <summary>
/// Limits unsafe API requests (POST, PUT, PATCH, DELETE under /api/v1) per client: per signed-in user, or per IP address for
/// anonymous computations. Reads are not limited. A refused request gets 429 problem+json with Retry-After.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddApiWriteRateLimit(this IServiceCollection s, int writesPerMinute)
    {
        s.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(c =>
                !c.Request.Path.StartsWithSegments(Api.BasePath) || Policies.IsSafe(c.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetFixedWindowLimiter(Client(c), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = writesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
                    }));
            o.OnRejected = async (ctx, ct) =>
            {
                var r = ctx.HttpContext.Response;
                r.StatusCode = StatusCodes.Status429TooManyRequests;
                r.Headers.RetryAfter = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? ((int)Math.Ceiling(after.TotalSeconds)).ToString() : "60";
                await ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = new ProblemDetails { Status = 429, Title = "Too many requests", Detail = $"At most {writesPerMinute} changing requests per minute per client; retry after the time in Retry-After." },
                });
            };
        });
        return s;
    }

    static string Client(HttpContext c) =>
        c.User.Identity?.IsAuthenticated == true ? "user:" + c.User.Identity.Name : "ip:" + c.Connection.RemoteIpAddress;
}
