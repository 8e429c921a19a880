using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Storage;

/// <summary>
/// The migrations are hand-written (no EF design tooling on the build machines), so this proves they produce exactly
/// the schema the model describes: tables, columns, types, nullability and indexes, on both providers.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task MigratedSchema_EqualsModelSchema(string provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var created = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var ctx = created.Open()) await ctx.Database.EnsureCreatedAsync();

        await using var a = migrated.Open();
        await using var b = created.Open();
        var fromMigrations = await Describe(a);
        var fromModel = await Describe(b);
        Assert.Equal(fromModel, fromMigrations);
        Assert.Empty(await a.Database.GetPendingMigrationsAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Migrate_IsRepeatable(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var ctx = db.Open();
        await Database.MigrateAsync(ctx);
        Assert.Equal(ctx.Database.GetMigrations(), await ctx.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_RemovesAStaleLockLeftByAKilledProcess()
    {
        // A process killed while migrating leaves EF's lock row; without clean-up every later migration would wait forever.
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        await using (var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.ConnectionString}"))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" VALUES (1, '2020-01-01T00:00:00.0000000+00:00');
                """;
            await cmd.ExecuteNonQueryAsync();
        }
        await using var ctx = db.Open();
        await Database.MigrateAsync(ctx).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
    }

    /// <summary>A sorted text description of every user table's columns and indexes.</summary>
    static async Task<List<string>> Describe(VerbondenDbContext ctx)
    {
        var sql = ctx.Database.IsSqlite()
            ? """
              SELECT m.name || '.' || p.name || ' ' || upper(p.type) || (CASE WHEN p."notnull" = 1 THEN ' not null' ELSE '' END) || (CASE WHEN p.pk > 0 THEN ' pk' ELSE '' END)
              FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%'
              UNION ALL
              SELECT 'index ' || name || ' on ' || tbl_name || ' ' || coalesce((SELECT group_concat(name, ',') FROM pragma_index_info(i.name)), '') || (CASE WHEN sql LIKE 'CREATE UNIQUE%' THEN ' unique' ELSE '' END)
              FROM sqlite_master i WHERE type = 'index' AND name NOT LIKE 'sqlite_%'
              UNION ALL
              SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
              FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
              """
            : """
              SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || (CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END)
                     || coalesce(' identity ' || identity_generation, '')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EFMigrations%'
              UNION ALL
              SELECT 'index ' || indexname || ' on ' || tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EFMigrations%'
              UNION ALL
              SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%EFMigrations%'
              """;
        var conn = ctx.Database.GetDbConnection();
        await conn.OpenAsync();
        await using DbCommand cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
