using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Web.Infrastructure;
using Verbonden.Web.Features.Arrangements;
using Verbonden.Web.Features.OpenData;
using Verbonden.Web.Features.Organisations;
using Verbonden.Web.Features.Overview;
using Verbonden.Web.Features.Grip;
using Verbonden.Web.Features.Allocation;
using Verbonden.Web.Features.Keuzehulp;

namespace Verbonden.Web.Features;

/// <summary>
/// The one place where features are wired in: each feature folder contributes its services and its API endpoints.
/// </summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddWebFeatures(this IServiceCollection s)
    {
        s.AddScoped<ArrangementSearch>().AddScoped<ArrangementDetails>().AddScoped<ArrangementEditor>().AddScoped<MembershipEditor>();
        s.AddScoped<OrganisationOverview>().AddScoped<OverviewMatrix>();
        s.AddGrip();
        s.AddScoped<Calculate.Handler>();
        return s;
    }

    public static WebApplication MapWebFeatures(this WebApplication app)
    {
        var api = app.MapApiGroup();
        api.MapArrangementsApi();
        api.MapOrganisationsApi();
        api.MapOverviewApi();
        app.MapOpenData();
        app.MapGrip();
        app.MapAllocationApi();
        app.MapKeuzehulpApi();
        return app;
    }
}
