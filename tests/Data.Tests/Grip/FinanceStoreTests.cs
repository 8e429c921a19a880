using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Grip;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Grip;

/// <summary>The finance form's storage: upserts one row per arrangement/year and participant/year, and keeps the cycle dates.</summary>
public sealed class FinanceStoreTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Save_Upserts_KeepsCycleDates_AndRemovesEmptiedParticipants(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await GripSeed.CreateAsync(database);
        var figures = new YearFigures(1m, 2m, 3m, 4m, -5.55m, "Risico");
        for (var i = 0; i < 2; i++)
        {
            await using var db = database.Open();
            await FinanceStore.SaveAsync(db, s.Ggd, 2027, figures, [(s.Enschede, new ParticipantFigures(10.10m, 0, 0, 0)), (s.Hengelo, new ParticipantFigures(0, 0, 0, 7m))]);
        }
        await using (var db = database.Open())
        {
            var y = await db.ArrangementYears.SingleAsync(x => x.ArrangementId == s.Ggd && x.Year == 2027);
            Assert.Equal(new DateOnly(2026, 7, 2), y.AbMeetingOn);
            Assert.Equal(-5.55m, y.Result);
            Assert.Equal(2, await db.ParticipantFinances.CountAsync(f => f.ArrangementId == s.Ggd && f.Year == 2027));
            var view = await FinanceStore.LoadAsync(db, s.Ggd, 2027);
            Assert.Equal(["Enschede", "Hengelo", "Tubbergen"], view!.Participants.Select(p => p.Name));
            Assert.Equal(10.10m, view.Participants[0].Figures!.Contribution);
            Assert.Null(view.Participants[2].Figures);
            await FinanceStore.SaveAsync(db, s.Ggd, 2027, figures, [(s.Enschede, null)]);
        }
        await using (var db = database.Open())
            Assert.Equal([s.Hengelo], await db.ParticipantFinances.Where(f => f.ArrangementId == s.Ggd && f.Year == 2027).Select(f => f.OrganisationId).ToListAsync());
    }
}
