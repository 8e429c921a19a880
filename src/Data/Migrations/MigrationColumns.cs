using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Verbonden.Data.Migrations;

/// <summary>Column shapes the hand-written, provider-neutral migrations share.</summary>
public static class MigrationColumns
{
    /// <summary>An auto-generated key column, annotated for both providers (SQLite autoincrement, PostgreSQL identity).</summary>
    public static OperationBuilder<AddColumnOperation> Identity<T>(ColumnsBuilder t) =>
        t.Column<T>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
