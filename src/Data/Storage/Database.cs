using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Verbonden.Data.Storage;

/// <summary>Opens the register database named by a <c>--db</c> value: a SQLite file path or a PostgreSQL connection string.</summary>
public static class Database
{
    public const string DefaultSqlitePath = "verbonden.db";

    /// <summary>True when <paramref name="db"/> is a PostgreSQL connection string (Host=… or postgres://…).</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static void Configure(DbContextOptionsBuilder options, string db)
    {
        if (IsPostgres(db)) options.UseNpgsql(db);
        else options.UseSqlite(SqliteConnectionString(db));
    }

    public static DbContextOptions<VerbondenDbContext> Options(string db)
    {
        var b = new DbContextOptionsBuilder<VerbondenDbContext>();
        Configure(b, db);
        return b.Options;
    }

    public static VerbondenDbContext Open(string db, AuditActor? actor = null) => new(Options(db), actor);

    /// <summary>Describes the database for messages without revealing a password.</summary>
    public static string Describe(string db) =>
        IsPostgres(db) ? "PostgreSQL " + string.Join(';', db.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
        : "SQLite " + Path.GetFullPath(SqliteConnectionString(db).Replace("Data Source=", "").Split(';')[0]);

    static string SqliteConnectionString(string db) =>
        db.Contains('=') ? db : new SqliteConnectionStringBuilder { DataSource = db, Pooling = true, DefaultTimeout = 30 }.ToString();

    /// <summary>Creates or upgrades the schema by applying the migrations.</summary>
    /// <remarks>
    /// EF Core serialises migrations with a lock row; on SQLite a process killed while migrating leaves that row behind and
    /// every later migration would wait for it forever. So the lock is only taken when a migration is actually pending, and a
    /// SQLite lock older than <see cref="StaleMigrationLock"/> is treated as abandoned and removed.
    /// </remarks>
    public static async Task MigrateAsync(VerbondenDbContext ctx, CancellationToken ct = default)
    {
        if ((await ctx.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            if (ctx.Database.IsSqlite()) await RemoveStaleSqliteMigrationLockAsync(ctx, ct);
            await ctx.Database.MigrateAsync(ct);
        }
        if (ctx.Database.IsSqlite())
            await ctx.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    public static readonly TimeSpan StaleMigrationLock = TimeSpan.FromMinutes(2);

    static async Task RemoveStaleSqliteMigrationLockAsync(VerbondenDbContext ctx, CancellationToken ct)
    {
        var conn = ctx.Database.GetDbConnection();
        var wasOpen = conn.State == System.Data.ConnectionState.Open;
        if (!wasOpen) await conn.OpenAsync(ct);
        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\" WHERE EXISTS (SELECT 1 FROM sqlite_master WHERE name = '__EFMigrationsLock')";
            string? stamp;
            try { stamp = (await cmd.ExecuteScalarAsync(ct)) as string; }
            catch (SqliteException) { return; } // no lock table yet
            if (stamp is null || !DateTimeOffset.TryParse(stamp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)) return;
            if (DateTimeOffset.UtcNow - at < StaleMigrationLock) return;
            cmd.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            await cmd.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            if (!wasOpen) await conn.CloseAsync();
        }
    }
}
