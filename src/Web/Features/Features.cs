using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Web.Features.Keuzehulp;

namespace Verbonden.Web.Features;

/// <summary>
/// The one place where features are wired in: each feature folder contributes its services and its API endpoints.
/// </summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddWebFeatures(this IServiceCollection s)
    {
        return s;
    }

    public static WebApplication MapWebFeatures(this WebApplication app)
    {
        app.MapKeuzehulpApi();
        return app;
    }
}
