using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Web.Infrastructure;
using Verbonden.Web.Features.Arrangements;
using Verbonden.Web.Features.OpenData;
using Verbonden.Web.Features.Organisations;
using Verbonden.Web.Features.Overview;
using Verbonden.Web.Features.Grip;
using Verbonden.Web.Features.Allocation;
using Verbonden.Web.Features.Keuzehulp;
using Verbonden.Web.Features.Supervision;

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
        s.AddSupervision();
        return s;
    }

    /// <summary>
    /// Page authorization beyond the convention in <see cref="Policies"/> (reading open, writing beheerder): the edit pages need an
    /// editor even to be shown; pages that mix public reading with writing check the resource in their handlers.
    /// </summary>
    public static PageConventionCollection AddWebFeatureAuthorization(this PageConventionCollection c)
    {
        foreach (var page in new[] { "/Arrangements/Create", "/Arrangements/Edit", "/Arrangements/Participants", "/Arrangements/Bodies", "/Arrangements/Documents", "/Grip/Finances", "/Grip/CouncilRole" })
            c.AuthorizePage(page, Policies.RegisterEditor);
        c.AuthorizePage("/Grip/Zienswijzen", Policies.ResourceWrite);
        c.AuthorizePage("/Supervision/Notes", Policies.Supervisor);
        c.AllowAnonymousToPage("/About/Error");
        // The keuzehulp wizard and the cost-allocation preview compute from what is posted and store nothing;
        // saving an allocation plan checks the arrangement in its handler.
        c.AllowAnonymousToFolder("/Keuzehulp");
        c.AllowAnonymousToPage("/Allocation/Calculate");
        return c;
    }

    public static WebApplication MapWebFeatures(this WebApplication app)
    {
        var api = app.MapApiGroup();
        api.MapArrangementsApi();
        api.MapOrganisationsApi();
        api.MapOverviewApi();
        api.MapSupervisionApi();
        app.MapOpenData();
        app.MapGrip();
        app.MapAllocationApi();
        app.MapKeuzehulpApi();
        return app;
    }
}
