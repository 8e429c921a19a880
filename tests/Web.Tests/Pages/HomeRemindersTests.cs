using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Reporting;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Pages;

/// <summary>The start page reminds of evaluations due within six months and of zienswijze terms ending within eight
/// weeks, seen from the app's clock (22 November 2026), each linking to its arrangement.</summary>
public sealed class HomeRemindersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task StartPage_ShowsDueAndOverdueEvaluations_AndComingZienswijzeTerms_ButNotLaterOnes()
    {
        int boh, euregio, later;
        await using (var db = app.OpenDb())
        {
            var ids = await db.Arrangements.ToDictionaryAsync(a => a.Name, a => a.Id);
            boh = ids["Bestuursdienst Ommen-Hardenberg (BOH)"];
            euregio = ids["Euregio"];
            later = ids.First(kv => kv.Key.Contains("Noaberkracht")).Value;
            db.CouncilGrips.AddRange(
                new CouncilGrip { ArrangementId = boh, EvaluationIntervalYears = 4, LastEvaluationOn = new DateOnly(2023, 3, 1) },     // due 1 March 2027
                new CouncilGrip { ArrangementId = euregio, EvaluationIntervalYears = 2, LastEvaluationOn = new DateOnly(2024, 1, 1) }, // overdue since 1 January 2026
                new CouncilGrip { ArrangementId = later, EvaluationIntervalYears = 4, LastEvaluationOn = new DateOnly(2023, 7, 1) });  // 1 July 2027: too far ahead
            // BOH's draft budget 2027 was sent late, on 1 October 2026: the zienswijze term ends on 24 December 2026.
            db.ArrangementYears.Add(new ArrangementYear { ArrangementId = boh, Year = 2027, DraftBudgetSentOn = new DateOnly(2026, 10, 1), AbMeetingOn = new DateOnly(2027, 1, 28) });
            await db.SaveChangesAsync();
        }

        var html = WebUtility.HtmlDecode(await app.Http.GetStringAsync("/"));
        Assert.Contains("In het register", html); // the existing content stays
        Assert.Contains($"<a class=\"utrecht-link\" href=\"/regelingen/{boh}/raadsinformatie\">Bestuursdienst Ommen-Hardenberg (BOH)</a>:", html);
        Assert.Contains("evaluatie uiterlijk op 1 maart 2027", html);
        Assert.Contains($"href=\"/regelingen/{euregio}/raadsinformatie\">Euregio</a>:", html);
        Assert.Contains("evaluatie achterstallig sinds 1 januari 2026", html);
        Assert.DoesNotContain($"/regelingen/{later}/raadsinformatie", html);
        Assert.Contains($"href=\"/regelingen/{boh}/zienswijzen?jaar=2027\">Bestuursdienst Ommen-Hardenberg (BOH)</a>:", html);
        Assert.Contains("zienswijze op de ontwerpbegroting 2027 uiterlijk 24 december 2026", html);
    }
}
