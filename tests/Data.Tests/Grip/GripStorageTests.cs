using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Calendar;
using Verbonden.Core.Register;
using Verbonden.Data.Grip;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Grip;

public class GripStorageTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Migration_StoresMoneyAndDates_AndTheBbvTotalsMatch(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await GripSeed.CreateAsync(database);
        await using var db = database.Open();
        var p = await ReportQueries.BbvAsync(db, "GM0153", 2027);
        Assert.Equal(4, p.Count);
        Assert.Equal(1_234_567.89m + 250_000.11m, p.Groups[0].Total.Contribution);
        Assert.Equal(45_000.50m, p.Groups[1].Total.Shares);
        Assert.Equal(1_000_000m, p.Total.Loans);
        Assert.Equal(10_000m, p.Total.Guarantees);
        var ggd = p.Groups[0].Entries.Single(e => e.ArrangementId == seed.Ggd);
        Assert.Equal(1_100_000m, ggd.EquityEnd);
        Assert.Equal(new Verbonden.Core.Reporting.GovernanceInterest(1, 3, 6), ggd.Governance);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Zienswijzen_PerCouncil_OnTimeLateAndSilent(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await GripSeed.CreateAsync(database);
        await using var db = database.Open();
        var z = (await CalendarQueries.ArrangementAsync(db, seed.Ggd, 2027, new DateOnly(2026, 7, 10)))!;
        Assert.Equal(new DateOnly(2026, 6, 24), z.LastDay);
        Assert.Equal([ZienswijzeStatus.TeLaat, ZienswijzeStatus.OpTijd, ZienswijzeStatus.Uitgebleven], z.Councils.Select(c => c.Status));

        await CalendarQueries.SaveZienswijzeAsync(db, new Zienswijze { ArrangementId = seed.Ggd, OrganisationId = seed.Tubbergen, BudgetYear = 2027, ReceivedOn = new DateOnly(2026, 6, 1), Text = "Akkoord" });
        var after = (await CalendarQueries.ArrangementAsync(db, seed.Ggd, 2027, new DateOnly(2026, 7, 10)))!;
        Assert.Equal(ZienswijzeStatus.OpTijd, after.Councils.Single(c => c.OrganisationId == seed.Tubbergen).Status);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Zienswijze" && a.ArrangementId == seed.Ggd));
    }

    [Fact]
    public async Task SaveZienswijze_RefusesANonParticipant()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seed = await GripSeed.CreateAsync(database);
        await using var db = database.Open();
        var e = await Assert.ThrowsAsync<Verbonden.Core.DomainException>(() => CalendarQueries.SaveZienswijzeAsync(db,
            new Zienswijze { ArrangementId = seed.Bvo, OrganisationId = seed.Tubbergen, BudgetYear = 2027, ReceivedOn = new DateOnly(2026, 6, 1), Text = "x" }));
        Assert.Equal("OrganisationId", e.Field);
    }

    [Fact]
    public async Task Network_OnAReferenceDate_FiltersByForm()
    {
        await using var database = await TestDatabase.CreateAsync();
        await GripSeed.CreateAsync(database);
        await using var db = database.Open();
        var (all, orgs) = await ReportQueries.NetworkAsync(db, new DateOnly(2026, 1, 1));
        Assert.Equal(4, all.Count);
        Assert.Equal(3, orgs.Count);
        var (ol, _) = await ReportQueries.NetworkAsync(db, new DateOnly(2026, 1, 1), form: LegalForm.OpenbaarLichaam);
        Assert.Equal(3, Assert.Single(ol).Participants.Count);
        var (before, _) = await ReportQueries.NetworkAsync(db, new DateOnly(2014, 1, 1));
        Assert.Empty(before);
    }
}
