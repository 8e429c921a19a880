using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;

namespace Verbonden.Cli.Tests.Commands;

public sealed class BackupCommandTests
{
    [Fact]
    public async Task BackupWhileWriting_ThenRestore_ReturnsToTheBackedUpState()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        var file = Path.Combine(Path.GetDirectoryName(db.ConnectionString)!, "backup.db");

        // Online: another connection keeps writing while the backup runs.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                await using var ctx = db.Open();
                ctx.Arrangements.Add(new Arrangement { Name = $"Tijdens backup {n++}" });
                await ctx.SaveChangesAsync();
            }
            return n;
        });
        await Task.Delay(200);
        var backup = await CliRunner.Run("backup", file, "--db", db.ConnectionString);
        stop.Cancel();
        var written = await writer;
        Assert.True(backup.Exit == 0, backup.Err);
        Assert.Contains("integrity checked", backup.Out);
        Assert.True(written > 0);

        int inBackup;
        await using (var copy = Database.Open(file))
        {
            inBackup = await copy.Arrangements.CountAsync();
            Assert.Null(await AuditTrail.VerifyAsync(copy));
        }
        SqliteConnection.ClearAllPools();
        await using (var ctx = db.Open())
        {
            ctx.Arrangements.Add(new Arrangement { Name = "Na de backup" });
            await ctx.SaveChangesAsync();
        }

        var restore = await CliRunner.Run("restore", file, "--db", db.ConnectionString);
        Assert.True(restore.Exit == 0, restore.Err);
        await using var after = db.Open();
        Assert.Equal(inBackup, await after.Arrangements.CountAsync());
        Assert.False(await after.Arrangements.AnyAsync(a => a.Name == "Na de backup"));
        Assert.Null(await AuditTrail.VerifyAsync(after));
    }

    [Fact]
    public async Task Restore_RefusesFilesThatAreNotAnIntactVerbondenDatabase()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        var dir = Path.GetDirectoryName(db.ConnectionString)!;

        var text = Path.Combine(dir, "notities.txt");
        await File.WriteAllTextAsync(text, "dit is geen database");
        var foreign = Path.Combine(dir, "ander.db");
        await using (var c = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE boeken (titel TEXT)";
            await cmd.ExecuteNonQueryAsync();
        }
        var tampered = Path.Combine(dir, "gewijzigd.db");
        Assert.Equal(0, (await CliRunner.Run("backup", tampered, "--db", db.ConnectionString)).Exit);
        await using (var c = new SqliteConnection($"Data Source={tampered};Pooling=False"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE AuditEntries SET Actor = 'niemand' WHERE Id = 5";
            await cmd.ExecuteNonQueryAsync();
        }

        foreach (var (file, message) in new[] { (text, "is not a SQLite database"), (foreign, "is not a Verbonden database"),
                     (tampered, "the audit log in gewijzigd.db is broken at entry 5"), (Path.Combine(dir, "weg.db"), "does not exist") })
        {
            var r = await CliRunner.Run("restore", file, "--db", db.ConnectionString);
            Assert.Equal(2, r.Exit);
            Assert.Contains(message, r.Err);
        }
        await using var ctx2 = db.Open();
        Assert.Equal(99, await ctx2.Arrangements.CountAsync());
    }

    [Fact]
    public async Task Backup_OfPostgres_PointsToPgDump()
    {
        var r = await CliRunner.Run("backup", "x.dump", "--db", "Host=127.0.0.1;Port=1;Database=verbonden");
        Assert.Equal(2, r.Exit);
        Assert.Contains("pg_dump", r.Err);
    }
}
