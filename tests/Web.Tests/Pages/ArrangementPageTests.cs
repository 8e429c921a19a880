using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Pages;

/// <summary>The arrangement page over HTTP: the facts, the participants and the Wgr governance check of the recorded bodies.</summary>
public sealed class ArrangementPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task DagelijksBestuurFromOneMunicipality_IsFlaggedWithItsArticle()
    {
        int id;
        await using (var db = app.OpenDb())
        {
            var orgs = await db.Organisations.Where(o => o.Code == "GM0153" || o.Code == "GM0164").ToDictionaryAsync(o => o.Code);
            var a = new Arrangement { Name = "Toetsregeling DB", LegalForm = LegalForm.OpenbaarLichaam, RegelingType = RegelingType.College, DateInForce = new DateOnly(2020, 1, 1) };
            a.AddParticipant(orgs["GM0153"].Id);
            a.AddParticipant(orgs["GM0164"].Id);
            var ab = new GoverningBody { Type = BodyType.AlgemeenBestuur };
            ab.Seats.Add(new BodySeat { PersonName = "A. Enschede", Function = SeatFunction.Wethouder, OrganisationId = orgs["GM0153"].Id });
            ab.Seats.Add(new BodySeat { PersonName = "B. Enschede", Function = SeatFunction.Wethouder, OrganisationId = orgs["GM0153"].Id });
            ab.Seats.Add(new BodySeat { PersonName = "C. Enschede", Function = SeatFunction.Burgemeester, OrganisationId = orgs["GM0153"].Id });
            ab.Seats.Add(new BodySeat { PersonName = "D. Hengelo", Function = SeatFunction.Wethouder, OrganisationId = orgs["GM0164"].Id });
            var dbBody = new GoverningBody { Type = BodyType.DagelijksBestuur };
            dbBody.Seats.Add(new BodySeat { PersonName = "A. Enschede", Function = SeatFunction.Wethouder, OrganisationId = orgs["GM0153"].Id });
            dbBody.Seats.Add(new BodySeat { PersonName = "B. Enschede", Function = SeatFunction.Wethouder, OrganisationId = orgs["GM0153"].Id });
            dbBody.Seats.Add(new BodySeat { PersonName = "C. Enschede", Function = SeatFunction.Burgemeester, OrganisationId = orgs["GM0153"].Id });
            a.Bodies.Add(ab);
            a.Bodies.Add(dbBody);
            db.Arrangements.Add(a);
            await db.SaveChangesAsync();
            id = a.Id;
        }
        var html = WebUtility.HtmlDecode(await app.Http.GetStringAsync($"/regelingen/{id}"));
        Assert.Contains("Governance-toets", html);
        Assert.Contains("niet in orde", html);
        Assert.Contains("Wgr art. 14 lid 1", html);
        Assert.Contains("Enschede", html);
    }

    [Fact]
    public async Task UnknownArrangement_IsDutch404Page()
    {
        var response = await app.Http.GetAsync("/regelingen/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync());
    }
}
