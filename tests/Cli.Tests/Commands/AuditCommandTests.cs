using Microsoft.EntityFrameworkCore;
using Verbonden.Data.BuiltIn;
using Verbonden.TestSupport;

namespace Verbonden.Cli.Tests.Commands;

public sealed class AuditCommandTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Verify_AfterTamperingWithTheTable_FailsNamingTheEntry(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        var ok = await CliRunner.Run("audit", "verify", "--db", db.ConnectionString);
        Assert.Equal(0, ok.Exit);
        Assert.Contains("Audit log intact", ok.Out);

        long target;
        await using (var ctx = db.Open())
        {
            target = await ctx.AuditEntries.Where(e => e.EntityType == "Arrangement").OrderBy(e => e.Id).Skip(10).Select(e => e.Id).FirstAsync();
            // Someone with database access rewrites history: the arrangement's name in the 'after' snapshot.
            await ctx.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AuditEntries\" SET \"After\" = replace(\"After\", 'a', 'o') WHERE \"Id\" = {target}");
        }
        var broken = await CliRunner.Run("audit", "verify", "--db", db.ConnectionString);
        Assert.Equal(3, broken.Exit);
        Assert.Equal($"error: audit entry {target} is broken: content does not match its hash (the entry was edited)", broken.Err.Trim());
    }

    [Fact]
    public async Task Verify_AfterDeletingAnEntry_NamesTheNextOne()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        long deleted, next;
        await using (var ctx = db.Open())
        {
            var ids = await ctx.AuditEntries.OrderBy(e => e.Id).Skip(20).Take(2).Select(e => e.Id).ToListAsync();
            (deleted, next) = (ids[0], ids[1]);
            await ctx.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {deleted}");
        }
        var r = await CliRunner.Run("audit", "verify", "--db", db.ConnectionString);
        Assert.Equal(3, r.Exit);
        Assert.Contains($"audit entry {next} is broken: previous-hash link broken", r.Err);
    }
}
