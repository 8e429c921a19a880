using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Core.Governance;
using Verbonden.Core.Register;
using Verbonden.TestSupport;
using Verbonden.Web;

namespace Verbonden.Web.Tests.Keuzehulp;

/// <summary>The partial the arrangement page shows, rendered on its own from a registered arrangement.</summary>
public sealed class GovernanceFindingsPartialTests
{
    static async Task<string> RenderAsync(GovernanceResult result)
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        await using var app = WebApp.Build(new WebOptions(db.ConnectionString, "http://127.0.0.1:0"));
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var view = services.GetRequiredService<ICompositeViewEngine>()
            .GetView(null, "/Features/Keuzehulp/_GovernanceFindings.cshtml", isMainPage: false).EnsureSuccessful(null).View!;
        var http = new DefaultHttpContext { RequestServices = services };
        var viewData = new ViewDataDictionary<GovernanceResult>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = result };
        await using var writer = new StringWriter();
        var context = new ViewContext(new ActionContext(http, new RouteData(), new ActionDescriptor()), view, viewData,
            new TempDataDictionary(http, services.GetRequiredService<ITempDataProvider>()), writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        return writer.ToString();
    }

    static Arrangement Registered()
    {
        var ommen = new Organisation { Id = 1, Code = "GM0175", Name = "Ommen" };
        var hardenberg = new Organisation { Id = 2, Code = "GM0160", Name = "Hardenberg" };
        return new Arrangement
        {
            Name = "Bestuursdienst Ommen-Hardenberg",
            LegalForm = LegalForm.OpenbaarLichaam,
            RegelingType = RegelingType.College,
            Participations = [new() { OrganisationId = 1, Organisation = ommen }, new() { OrganisationId = 2, Organisation = hardenberg }],
            Bodies =
            [
                new() { Type = BodyType.AlgemeenBestuur, Seats =
                [
                    new() { PersonName = "Wethouder Ommen", Function = SeatFunction.Wethouder, OrganisationId = 1 },
                    new() { PersonName = "Wethouder Hardenberg", Function = SeatFunction.Wethouder, OrganisationId = 2 },
                ] },
                new() { Type = BodyType.Voorzitter, Seats = [new() { PersonName = "Wethouder Hardenberg", Function = SeatFunction.Wethouder, OrganisationId = 2 }] },
            ],
        };
    }

    [Fact]
    public async Task Partial_shows_verdict_findings_with_source_and_checklist()
    {
        var day = new DateOnly(2016, 1, 1);
        var html = await RenderAsync(GovernanceValidator.Validate(ArrangementMapping.FromArrangement(Registered(), day), day));
        Assert.Contains("Getoetst aan het recht van 1 januari 2016", html, StringComparison.Ordinal);
        Assert.Contains("niet in orde", html, StringComparison.Ordinal);
        Assert.Contains("Het openbaar lichaam heeft geen dagelijks bestuur.", html, StringComparison.Ordinal);
        Assert.Contains("Wgr art. 12 lid 1", html, StringComparison.Ordinal);
        Assert.Contains("Verplichte bepalingen in de regeling", html, StringComparison.Ordinal);
        Assert.Contains("Onbekend", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_says_so_when_there_are_no_findings()
    {
        var html = await RenderAsync(new GovernanceResult(new DateOnly(2026, 1, 1), true, [], []));
        Assert.Contains("in orde", html, StringComparison.Ordinal);
        Assert.Contains("Geen bevindingen.", html, StringComparison.Ordinal);
    }
}
