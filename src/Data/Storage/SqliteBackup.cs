using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Verbonden.Data.Storage;

/// <summary>A backup or restore that cannot be done, with a one-line English reason.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// Online backup and restore of a SQLite register with SQLite's backup API: a consistent copy while the server keeps running.
/// PostgreSQL is backed up with pg_dump/pg_restore (docs/operations.md).
/// </summary>
public static class SqliteBackup
{
    static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    /// <summary>Copies the database named by <paramref name="db"/> to <paramref name="file"/> (via a temporary file, then checked).</summary>
    public static async Task<long> BackupAsync(string db, string file, CancellationToken ct = default)
    {
        var source = SourcePath(db);
        if (!File.Exists(source)) throw new BackupException($"there is no database at {source}");
        var target = Path.GetFullPath(file);
        if (string.Equals(target, source, StringComparison.Ordinal)) throw new BackupException("the backup file must differ from the database file");
        var tmp = target + ".tmp";
        File.Delete(tmp);
        await using (var from = Open(source, SqliteOpenMode.ReadOnly))
        await using (var to = Open(tmp, SqliteOpenMode.ReadWriteCreate))
        {
            await from.OpenAsync(ct);
            await to.OpenAsync(ct);
            from.BackupDatabase(to);
            await CheckAsync(to, "the backup", ct);
        }
        SqliteConnection.ClearAllPools();
        File.Move(tmp, target, overwrite: true);
        return new FileInfo(target).Length;
    }

    /// <summary>
    /// Replaces the contents of the database named by <paramref name="db"/> with <paramref name="file"/>, after checking that the
    /// file is an intact Verbonden database of this or an older version whose audit log verifies. Returns the audit entry count.
    /// </summary>
    public static async Task<long> RestoreAsync(string db, string file, CancellationToken ct = default)
    {
        var backup = Path.GetFullPath(file);
        if (!File.Exists(backup)) throw new BackupException($"{backup} does not exist");
        var target = SourcePath(db);
        if (string.Equals(target, backup, StringComparison.Ordinal)) throw new BackupException("cannot restore a database onto itself");
        var header = new byte[Magic.Length];
        await using (var s = File.OpenRead(backup)) { if (await s.ReadAtLeastAsync(header, header.Length, false, ct) < header.Length || !header.SequenceEqual(Magic)) throw new BackupException($"{Path.GetFileName(backup)} is not a SQLite database"); }

        long entries;
        await using (var check = new VerbondenDbContext(new DbContextOptionsBuilder<VerbondenDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()).Options))
        {
            var conn = (SqliteConnection)check.Database.GetDbConnection();
            await conn.OpenAsync(ct);
            await CheckAsync(conn, Path.GetFileName(backup), ct);
            if (await ScalarAsync(conn, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'AuditEntries', 'Arrangements')", ct) != 3)
                throw new BackupException($"{Path.GetFileName(backup)} is not a Verbonden database (its register tables are missing)");
            var known = check.Database.GetMigrations().ToHashSet();
            var applied = (await check.Database.GetAppliedMigrationsAsync(ct)).ToList();
            if (applied.Count == 0) throw new BackupException($"{Path.GetFileName(backup)} is not a Verbonden database (no migrations applied)");
            if (applied.FirstOrDefault(m => !known.Contains(m)) is { } newer)
                throw new BackupException($"{Path.GetFileName(backup)} comes from a newer Verbonden (migration {newer}); upgrade first");
            if (await AuditTrail.VerifyAsync(check, ct) is { } broken)
                throw new BackupException($"the audit log in {Path.GetFileName(backup)} is broken at entry {broken.Entry.Id}: {broken.Problem}");
            entries = await check.AuditEntries.LongCountAsync(ct);
        }

        await using (var from = Open(backup, SqliteOpenMode.ReadOnly))
        await using (var to = Open(target, SqliteOpenMode.ReadWriteCreate))
        {
            await from.OpenAsync(ct);
            await to.OpenAsync(ct);
            from.BackupDatabase(to);
        }
        SqliteConnection.ClearAllPools();
        await using (var ctx = Database.Open(db)) await Database.MigrateAsync(ctx, ct);
        return entries;
    }

    static string SourcePath(string db)
    {
        if (Database.IsPostgres(db)) throw new BackupException("this is a PostgreSQL database: back it up with pg_dump and restore with pg_restore (see docs/operations.md)");
        var path = db.Contains('=') ? new SqliteConnectionStringBuilder(db).DataSource : db;
        return Path.GetFullPath(path);
    }

    static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());

    static async Task CheckAsync(SqliteConnection conn, string what, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        var result = (string?)await cmd.ExecuteScalarAsync(ct);
        if (result != "ok") throw new BackupException($"{what} failed SQLite's integrity check: {result}");
    }

    static async Task<long> ScalarAsync(SqliteConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
