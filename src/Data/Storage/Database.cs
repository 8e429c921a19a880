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
    public static async Task MigrateAsync(VerbondenDbContext ctx, CancellationToken ct = default)
    {
        await ctx.Database.MigrateAsync(ct);
        if (ctx.Database.IsSqlite())
            await ctx.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
