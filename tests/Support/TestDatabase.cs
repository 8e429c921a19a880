using Xunit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Verbonden.Data.Storage;

namespace Verbonden.TestSupport;

/// <summary>
/// A fresh, migrated database for one test: a SQLite file in a temp folder, or a new database in the throwaway
/// PostgreSQL cluster that the test script starts (connection string in VERBONDEN_TEST_PG).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string ConnectionString { get; }
    public string Provider { get; }
    readonly string? _pgDatabase;
    readonly string? _tempDir;

    TestDatabase(string provider, string cs, string? pgDatabase, string? tempDir)
    {
        Provider = provider; ConnectionString = cs; _pgDatabase = pgDatabase; _tempDir = tempDir;
    }

    /// <summary>"sqlite" and, when the cluster is available, "postgres": the providers a theory runs against.</summary>
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (PostgresAdmin is not null || RequirePostgres) data.Add("postgres");
        return data;
    }

    /// <summary>Set by the test script so a missing cluster fails the run instead of silently skipping PostgreSQL.</summary>
    public static bool RequirePostgres => Environment.GetEnvironmentVariable("VERBONDEN_REQUIRE_PG") == "1";

    public static string? PostgresAdmin => Environment.GetEnvironmentVariable("VERBONDEN_TEST_PG") is { Length: > 0 } s ? s : null;

    public static async Task<TestDatabase> CreateAsync(string provider = "sqlite", bool migrate = true)
    {
        TestDatabase db;
        if (provider == "postgres")
        {
            var admin = PostgresAdmin ?? throw new InvalidOperationException("VERBONDEN_TEST_PG is not set: the test script starts a PostgreSQL cluster and sets it.");
            var name = "t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
            db = new TestDatabase(provider, cs, name, null);
        }
        else
        {
            var dir = Directory.CreateTempSubdirectory("verbonden-test-").FullName;
            db = new TestDatabase("sqlite", Path.Combine(dir, "test.db"), null, dir);
        }
        if (migrate)
        {
            await using var ctx = db.Open();
            await Database.MigrateAsync(ctx);
        }
        return db;
    }

    public VerbondenDbContext Open(AuditActor? actor = null) => Database.Open(ConnectionString, actor);

    public async ValueTask DisposeAsync()
    {
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PostgresAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        if (_tempDir is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_tempDir, true); } catch (IOException) { }
        }
    }
}
