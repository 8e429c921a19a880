using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Verbonden.Data.Storage;

using static Verbonden.Data.Migrations.MigrationColumns;

namespace Verbonden.Data.Migrations;

/// <summary>
/// Trust (issue 6): user accounts with one role and an organisation, hashed API tokens, and the provincial
/// supervisor's notes. Provider-neutral like <see cref="Initial"/>.
/// </summary>
[DbContext(typeof(VerbondenDbContext))]
[Migration("20261123000000_Trust")]
public sealed class Trust : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Users", t => new
        {
            Id = Identity<int>(t),
            UserName = t.Column<string>(maxLength: 100, nullable: false),
            NormalizedUserName = t.Column<string>(maxLength: 100, nullable: false),
            PasswordHash = t.Column<string>(maxLength: 200, nullable: true),
            SecurityStamp = t.Column<string>(maxLength: 64, nullable: false),
            Role = t.Column<string>(maxLength: 20, nullable: false),
            OrganisationId = t.Column<int>(nullable: true),
            LockoutEnabled = t.Column<bool>(nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            AccessFailedCount = t.Column<int>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Users", x => x.Id);
            t.ForeignKey("FK_Users_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Users_NormalizedUserName", "Users", "NormalizedUserName", unique: true);
        m.CreateIndex("IX_Users_OrganisationId", "Users", "OrganisationId");

        m.CreateTable("ApiTokens", t => new
        {
            Id = Identity<int>(t),
            UserId = t.Column<int>(nullable: false),
            Label = t.Column<string>(maxLength: 100, nullable: false),
            TokenHash = t.Column<string>(maxLength: 64, nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            ExpiresAt = t.Column<DateTimeOffset>(nullable: true),
            RevokedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ApiTokens", x => x.Id);
            t.ForeignKey("FK_ApiTokens_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ApiTokens_TokenHash", "ApiTokens", "TokenHash", unique: true);
        m.CreateIndex("IX_ApiTokens_UserId", "ApiTokens", "UserId");

        m.CreateTable("SupervisoryNotes", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            OrganisationId = t.Column<int>(nullable: true),
            Author = t.Column<string>(maxLength: 200, nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
            WrittenAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SupervisoryNotes", x => x.Id);
            t.ForeignKey("FK_SupervisoryNotes_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_SupervisoryNotes_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_SupervisoryNotes_ArrangementId", "SupervisoryNotes", "ArrangementId");
        m.CreateIndex("IX_SupervisoryNotes_OrganisationId", "SupervisoryNotes", "OrganisationId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "SupervisoryNotes", "ApiTokens", "Users" })
            m.DropTable(table);
    }
}
