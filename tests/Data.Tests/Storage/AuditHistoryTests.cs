using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Storage;

public sealed class AuditHistoryTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>Waits until the audit clock (milliseconds) has certainly moved on, and returns the moment in between.</summary>
    static async Task<DateTimeOffset> Between()
    {
        await Task.Delay(15);
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(15);
        return now;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ArrangementAsOf_ReconstructsNameAndParticipantsAtEachMoment(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var ctx = db.Open(new AuditActor("redacteur-enschede"));
        var enschede = new Organisation { Code = "GM0153", Name = "Enschede" };
        var hengelo = new Organisation { Code = "GM0164", Name = "Hengelo" };
        ctx.Organisations.AddRange(enschede, hengelo);
        await ctx.SaveChangesAsync();
        var beforeAll = await Between();

        var a = new Arrangement { Name = "Regio Twente", LegalForm = LegalForm.OpenbaarLichaam };
        a.AddParticipant(enschede.Id);
        ctx.Arrangements.Add(a);
        await ctx.SaveChangesAsync();
        var t1 = await Between();

        a.Name = "Regio Twente (nieuw)";
        a.AddParticipant(hengelo.Id, new DateOnly(2020, 1, 1));
        await ctx.SaveChangesAsync();
        var t2 = await Between();

        ctx.Participations.Remove(a.Participations.Single(p => p.OrganisationId == enschede.Id));
        await ctx.SaveChangesAsync();
        var t3 = await Between();

        Assert.Null(await AuditHistory.ArrangementAsOfAsync(ctx, a.Id, beforeAll));
        var s1 = (await AuditHistory.ArrangementAsOfAsync(ctx, a.Id, t1))!;
        Assert.Equal("Regio Twente", s1.Arrangement.Name);
        Assert.Equal(["GM0153"], s1.Arrangement.Participations.Select(p => p.Organisation!.Code));
        Assert.Equal(LegalForm.OpenbaarLichaam, s1.Arrangement.LegalForm);

        var s2 = (await AuditHistory.ArrangementAsOfAsync(ctx, a.Id, t2))!;
        Assert.Equal("Regio Twente (nieuw)", s2.Arrangement.Name);
        Assert.Equal(["GM0153", "GM0164"], s2.Arrangement.Participations.Select(p => p.Organisation!.Code));
        Assert.Equal(new DateOnly(2020, 1, 1), s2.Arrangement.Participations.Single(p => p.Organisation!.Code == "GM0164").JoinedOn);
        Assert.Equal("redacteur-enschede", s2.LastChange.Actor);

        var s3 = (await AuditHistory.ArrangementAsOfAsync(ctx, a.Id, t3))!;
        Assert.Equal(["GM0164"], s3.Arrangement.Participations.Select(p => p.Organisation!.Code));

        ctx.Arrangements.Remove(a);
        await ctx.SaveChangesAsync();
        Assert.Null(await AuditHistory.ArrangementAsOfAsync(ctx, a.Id, DateTimeOffset.UtcNow.AddMinutes(1)));
        // The deleted arrangement can still be seen as it was.
        Assert.Equal("Regio Twente (nieuw)", (await AuditHistory.ArrangementAsOfAsync(ctx, a.Id, t3))!.Arrangement.Name);
    }

    [Fact]
    public async Task AccountSecrets_NeverEnterTheAuditLog()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var ctx = db.Open();
        var user = new Accounts.UserAccount { UserName = "jan", NormalizedUserName = "JAN", Role = "beheerder", PasswordHash = "AQAAAAgeheim", CreatedAt = DateTimeOffset.UtcNow };
        ctx.Users.Add(user);
        await ctx.SaveChangesAsync();
        await Accounts.ApiTokens.CreateAsync(ctx, user, "sync", DateTimeOffset.UtcNow, null);
        var entries = await ctx.AuditEntries.Where(e => e.EntityType == "UserAccount" || e.EntityType == "ApiToken").ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.DoesNotContain("geheim", e.After));
        Assert.All(entries, e => Assert.DoesNotContain(user.SecurityStamp, e.After));
        var hash = (await ctx.ApiTokens.SingleAsync()).TokenHash;
        Assert.DoesNotContain(hash, entries.Single(e => e.EntityType == "ApiToken").After);
        Assert.Contains("[verborgen]", entries[0].After);
    }
}
