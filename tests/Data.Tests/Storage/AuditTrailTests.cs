using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Storage;

public sealed class AuditTrailTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Change_IsLoggedWithActorBeforeAndAfter(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var ctx = db.Open(new AuditActor("griffier@enschede")))
        {
            var a = new Arrangement { Name = "GGD Twente", LegalForm = LegalForm.OpenbaarLichaam };
            ctx.Arrangements.Add(a);
            await ctx.SaveChangesAsync();
            id = a.Id;
            a.Seat = "Enschede";
            await ctx.SaveChangesAsync();
        }
        await using var read = db.Open();
        var entries = await read.AuditEntries.Where(e => e.ArrangementId == id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["insert", "update"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("griffier@enschede", e.Actor));
        Assert.Contains("\"Seat\":null", entries[1].Before);
        Assert.Contains("\"Seat\":\"Enschede\"", entries[1].After);
        Assert.Null(await AuditTrail.VerifyAsync(read));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_DetectsAnEditedEntry(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var ctx = db.Open())
        {
            for (var i = 0; i < 3; i++) ctx.Arrangements.Add(new Arrangement { Name = $"Regeling {i}" });
            await ctx.SaveChangesAsync();
        }
        await using var tamper = db.Open();
        var second = await tamper.AuditEntries.OrderBy(e => e.Id).Skip(1).FirstAsync();
        await tamper.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AuditEntries\" SET \"Actor\" = 'iemand anders' WHERE \"Id\" = {second.Id}");
        var broken = await AuditTrail.VerifyAsync(tamper);
        Assert.NotNull(broken);
        Assert.Equal(second.Id, broken.Value.Entry.Id);
        Assert.Contains("edited", broken.Value.Problem);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_DetectsADeletedEntry(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var ctx = db.Open())
        {
            for (var i = 0; i < 3; i++) { ctx.Arrangements.Add(new Arrangement { Name = $"Regeling {i}" }); await ctx.SaveChangesAsync(); }
        }
        await using var tamper = db.Open();
        var ids = await tamper.AuditEntries.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        await tamper.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {ids[1]}");
        var broken = await AuditTrail.VerifyAsync(tamper);
        Assert.Equal(ids[2], broken!.Value.Entry.Id);
        Assert.Contains("deleted", broken.Value.Problem);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task StaleVersion_IsAConcurrencyConflict(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var ctx = db.Open()) { var a = new Arrangement { Name = "RUD Twente" }; ctx.Arrangements.Add(a); await ctx.SaveChangesAsync(); id = a.Id; }
        await using var first = db.Open();
        await using var second = db.Open();
        var mine = await first.Arrangements.SingleAsync(a => a.Id == id);
        var theirs = await second.Arrangements.SingleAsync(a => a.Id == id);
        mine.Seat = "Enschede";
        await first.SaveChangesAsync();
        theirs.Seat = "Hengelo";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = db.Open();
        Assert.Equal("Enschede", (await check.Arrangements.SingleAsync(a => a.Id == id)).Seat);
    }
}
