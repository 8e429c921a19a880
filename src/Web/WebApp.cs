using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verbonden.Data.Storage;
using Verbonden.Web.Features;
using Verbonden.Web.Features.Accounts;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web;

/// <summary>What the web host needs to start: the database and the addresses to listen on.</summary>
public sealed record WebOptions(string Db, string Urls = "http://127.0.0.1:5080")
{
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
    /// <summary>Changing API requests allowed per client per minute (429 beyond).</summary>
    public int ApiWritesPerMinute { get; init; } = 120;
}

/// <summary>Builds the Verbonden web application: Razor Pages in Dutch and the JSON API under /api/v1.</summary>
public static class WebApp
{
    public static WebApplication Build(WebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(options.LogLevel);
        var s = builder.Services;
        s.AddSingleton(options.Clock);
        s.AddDbContext<VerbondenDbContext>(o => Database.Configure(o, options.Db));
        s.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AddWebFeatureAuthorization();
            })
            .AddApplicationPart(typeof(WebApp).Assembly);
        s.AddAccounts();
        s.AddVerbondenAuthorization();
        s.AddApiWriteRateLimit(options.ApiWritesPerMinute);
        s.AddProblemDetails();
        // Dutch names (Súdwest-Fryslân, coöperatie) are written as characters, not as HTML entities.
        s.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        s.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
        });
        s.AddVerbondenOpenApi();
        s.AddWebFeatures();

        var app = builder.Build();
        // The API answers errors with problem+json; pages with a Dutch error page. Neither shows a stack trace.
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Api.BasePath), api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments(Api.BasePath), web => web.UseExceptionHandler("/fout").UseStatusCodePagesWithReExecute("/fout/{0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<NoTrailingSlash>();
        app.UseMiddleware<ApiVersionHeader>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(Assembly.GetExecutingAssembly(), "Assets"),
            RequestPath = "/assets",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<RequestActor>();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapWebFeatures();
        app.MapOpenApi(Api.BasePath + "/openapi.json");
        return app;
    }

    /// <summary>Applies migrations, then serves until the process is stopped.</summary>
    public static async Task RunAsync(WebOptions options, CancellationToken ct = default)
    {
        var app = Build(options);
        using (var scope = app.Services.CreateScope())
            await Database.MigrateAsync(scope.ServiceProvider.GetRequiredService<VerbondenDbContext>(), ct);
        await app.RunAsync(ct);
    }
}
