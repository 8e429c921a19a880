using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Verbonden.Web.Features.Grip;

/// <summary>Council grip (issue 5): budget-cycle calendar, zienswijzen, BBV paragraph, network and council information.</summary>
public static class GripFeature
{
    public static IServiceCollection AddGrip(this IServiceCollection s) => s;

    public static IEndpointRouteBuilder MapGrip(this IEndpointRouteBuilder app)
    {
        // /kalender?gemeente=GM0153&jaar=2027 is a short link to the municipality's calendar.
        app.MapGet("/kalender", (string? gemeente, int? jaar, TimeProvider clock) =>
            gemeente is { Length: > 0 }
                ? Results.Redirect($"/organisaties/{Uri.EscapeDataString(gemeente.Trim().ToUpperInvariant())}/kalender?jaar={jaar ?? Fmt.Today(clock).Year + 1}")
                : Results.Redirect("/organisaties")).ExcludeFromDescription();
        app.MapGripDownloads();
        app.MapGroup("/api/v1").MapGripApi();
        return app;
    }
}

/// <summary>Dutch formatting used by the grip pages and downloads.</summary>
public static class Fmt
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Nl);
    public static string Date(DateOnly? d) => d is { } x ? Date(x) : "–";
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Money(decimal m) => m.ToString("C2", Nl);
    public static string Money(decimal? m) => m is { } x ? Money(x) : "onbekend";
    public static string Share(double? v) => v is { } x ? x.ToString("0.00", Nl) : "–";
}
