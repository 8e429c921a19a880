using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Verbonden.Data.Storage;

using static Verbonden.Data.Migrations.MigrationColumns;

namespace Verbonden.Data.Migrations;

/// <summary>Saved cost allocations per arrangement and year (issue 4). Provider-neutral, like <see cref="Initial"/>.</summary>
[DbContext(typeof(VerbondenDbContext))]
[Migration("20261122010000_Allocation")]
public sealed class AllocationPlans : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("AllocationPlans", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            InputJson = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AllocationPlans", x => x.Id);
            t.ForeignKey("FK_AllocationPlans_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AllocationPlans_ArrangementId_Year", "AllocationPlans", ["ArrangementId", "Year"]);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("AllocationPlans");
}
