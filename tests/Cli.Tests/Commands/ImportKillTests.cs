using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;
using Xunit.Abstractions;

namespace Verbonden.Cli.Tests.Commands;

/// <summary>
/// kill -9 during a large import: the built CLI imports a generated inventory of 6,000 arrangements as a child process and is
/// killed (SIGKILL, whole process tree) at several moments. Each time the database must pass SQLite's integrity check and the audit
/// chain and be exactly as before (or, if the kill came after the commit, hold the complete import, never part of it); a re-run completes it.
/// </summary>
public sealed class ImportKillTests(ITestOutputHelper output)
{
    const int Rows = 6000;

    [Fact]
    public async Task KillDuringImport_LeavesTheDatabaseAsItWas_AndReRunCompletes()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        SqliteConnection.ClearAllPools();
        var dir = Path.GetDirectoryName(db.ConnectionString)!;
        var csv = Path.Combine(dir, "groot.csv");
        await File.WriteAllTextAsync(csv, Generate());
        var before = await Fingerprint(db.ConnectionString);

        // Kill at several moments after the import has opened its write transaction.
        var interrupted = 0;
        foreach (var delay in new[] { 0, 400, 1200, 2500, 4000 })
        {
            var (killedWhileWriting, wal) = await RunAndKillAsync(db.ConnectionString, csv, TimeSpan.FromMilliseconds(delay));
            SqliteConnection.ClearAllPools();
            Assert.Equal("ok", await IntegrityAsync(db.ConnectionString));
            var after = await Fingerprint(db.ConnectionString);
            output.WriteLine($"killed {delay} ms after the import started (write lock held: {killedWhileWriting}, WAL {wal:N0} bytes): {(after == before ? "database as before" : "import had committed")}");
            await using (var ctx = db.Open()) Assert.Null(await AuditTrail.VerifyAsync(ctx));
            if (after != before)
            {
                // Killed after the commit: then the import must be complete, never partial; undo it for the next round.
                Assert.Equal(before.Arrangements + Rows, after.Arrangements);
                Assert.Equal(before.Participations + 3 * Rows, after.Participations);
                break;
            }
            if (killedWhileWriting) interrupted++;
        }
        Assert.True(interrupted >= 1, "no kill landed inside the import's open write transaction; make the generated file larger");

        var rerun = await CliRunner.Run("import", "inventory", csv, "--db", db.ConnectionString);
        Assert.True(rerun.Exit == 0, rerun.Err);
        var done = await Fingerprint(db.ConnectionString);
        Assert.Equal(before.Arrangements + Rows, done.Arrangements);
        Assert.Equal(before.Participations + 3 * Rows, done.Participations);
        await using (var ctx = db.Open()) Assert.Null(await AuditTrail.VerifyAsync(ctx));
    }

    static string Generate()
    {
        var sb = new StringBuilder("id,source_table,name,legal_form_as_written,legal_form_interpreted,status,participants,policy_domain,tasks,notes\n");
        for (var i = 1; i <= Rows; i++)
            sb.Append(i).Append(",Appendix A - Overzichtskaart Twente,Generated arrangement ").Append(i)
              .Append(",WGR+OL,Wgr gemeenschappelijk openbaar lichaam,listed in 2016 overview,Enschede;Almelo;Borne,Sociaal domein,")
              .Append("Taken van regeling ").Append(i).Append(',').Append(new string('n', 200)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Runs the import as a child process and kills it (SIGKILL) <paramref name="after"/> its write transaction opened.</summary>
    static async Task<(bool WhileWriting, long WalBytes)> RunAndKillAsync(string db, string csv, TimeSpan after)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { CliDll(), "import", "inventory", csv, "--db", db }) psi.ArgumentList.Add(a);
        using var child = Process.Start(psi)!;
        _ = child.StandardOutput.ReadToEndAsync();
        _ = child.StandardError.ReadToEndAsync();
        // Wait (bounded) until the import holds SQLite's write lock, i.e. its transaction is open and writing.
        var waited = Stopwatch.StartNew();
        while (!child.HasExited && !await WriteLockedAsync(db) && waited.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(10);
        await Task.Delay(after);
        var writing = await WriteLockedAsync(db);
        Assert.False(child.HasExited, $"the import ended (exit {(child.HasExited ? child.ExitCode : -1)}) before it could be killed");
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        var wal = db + "-wal";
        return (writing, File.Exists(wal) ? new FileInfo(wal).Length : 0);
    }

    /// <summary>True while another connection holds the write lock (an open write transaction). Asks SQLite directly, without waiting.</summary>
    static async Task<bool> WriteLockedAsync(string path)
    {
        if (!File.Exists(path)) return false;
        await using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        await c.OpenAsync();
        // Microsoft.Data.Sqlite retries a busy database until its command timeout; the raw call answers at once.
        SQLitePCL.raw.sqlite3_busy_timeout(c.Handle, 0);
        var rc = SQLitePCL.raw.sqlite3_exec(c.Handle, "BEGIN IMMEDIATE");
        if (rc == SQLitePCL.raw.SQLITE_OK) { SQLitePCL.raw.sqlite3_exec(c.Handle, "ROLLBACK"); return false; }
        return rc is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED;
    }

    /// <summary>The built CLI next to this test assembly (the project reference copies it), run with 'dotnet'.</summary>
    static string CliDll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "verbonden.dll");
        Assert.True(File.Exists(path) && File.Exists(Path.Combine(AppContext.BaseDirectory, "verbonden.runtimeconfig.json")), $"{path} (and its runtimeconfig) not found: build the solution first");
        return path;
    }

    sealed record State(int Arrangements, int Participations, long LastAudit, int AuditCount);

    static async Task<State> Fingerprint(string db)
    {
        await using var ctx = Database.Open(db);
        return new State(await ctx.Arrangements.CountAsync(), await ctx.Participations.CountAsync(),
            await ctx.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0, await ctx.AuditEntries.CountAsync());
    }

    static async Task<string> IntegrityAsync(string path)
    {
        await using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
