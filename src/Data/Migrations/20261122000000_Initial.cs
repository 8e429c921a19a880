using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Verbonden.Data.Storage;

using static Verbonden.Data.Migrations.MigrationColumns;

namespace Verbonden.Data.Migrations;

/// <summary>
/// The initial schema. One migration serves both providers: column types are left to each provider's
/// type mapping, and identity columns carry both providers' annotations. The test suite checks that the
/// migrated schema equals the model on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(VerbondenDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Organisations", t => new
        {
            Id = Identity<int>(t),
            Code = t.Column<string>(maxLength: 40, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Type = t.Column<string>(maxLength: 40, nullable: false),
            ProvinceCode = t.Column<string>(maxLength: 8, nullable: true),
            ValidFrom = t.Column<DateOnly>(nullable: true),
            ValidTo = t.Column<DateOnly>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Organisations", x => x.Id));
        m.CreateIndex("IX_Organisations_Code", "Organisations", "Code", unique: true);

        m.CreateTable("OrganisationIdentifiers", t => new
        {
            Id = Identity<int>(t),
            OrganisationId = t.Column<int>(nullable: false),
            Scheme = t.Column<string>(maxLength: 10, nullable: false),
            Value = t.Column<string>(maxLength: 200, nullable: false),
            ValidFrom = t.Column<DateOnly>(nullable: true),
            ValidTo = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_OrganisationIdentifiers", x => x.Id);
            t.ForeignKey("FK_OrganisationIdentifiers_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_OrganisationIdentifiers_OrganisationId", "OrganisationIdentifiers", "OrganisationId");
        m.CreateIndex("IX_OrganisationIdentifiers_Scheme_Value", "OrganisationIdentifiers", ["Scheme", "Value"]);

        m.CreateTable("Arrangements", t => new
        {
            Id = Identity<int>(t),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            CitationTitle = t.Column<string>(maxLength: 300, nullable: true),
            LegalForm = t.Column<string>(maxLength: 40, nullable: false),
            RegelingType = t.Column<string>(maxLength: 20, nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Seat = t.Column<string>(maxLength: 100, nullable: true),
            Postcode = t.Column<string>(maxLength: 10, nullable: true),
            ProvinceCode = t.Column<string>(maxLength: 8, nullable: true),
            Region = t.Column<string>(maxLength: 200, nullable: true),
            PolicyDomain = t.Column<string>(maxLength: 100, nullable: true),
            Purpose = t.Column<string>(nullable: true),
            InterestsServed = t.Column<string>(nullable: true),
            TransferredPowers = t.Column<string>(nullable: true),
            Tasks = t.Column<string>(nullable: true),
            DateInForce = t.Column<DateOnly>(nullable: true),
            DateEnded = t.Column<DateOnly>(nullable: true),
            IntendedSince = t.Column<DateOnly>(nullable: true),
            CbsGrCode = t.Column<string>(maxLength: 6, nullable: true),
            KvkNumber = t.Column<string>(maxLength: 8, nullable: true),
            Rsin = t.Column<string>(maxLength: 9, nullable: true),
            Oin = t.Column<string>(maxLength: 20, nullable: true),
            Notes = t.Column<string>(nullable: true),
            Source = t.Column<string>(maxLength: 200, nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Arrangements", x => x.Id));
        m.CreateIndex("IX_Arrangements_Name", "Arrangements", "Name");

        m.CreateTable("Participations", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            OrganisationId = t.Column<int>(nullable: false),
            JoinedOn = t.Column<DateOnly>(nullable: true),
            LeftOn = t.Column<DateOnly>(nullable: true),
            Role = t.Column<string>(maxLength: 20, nullable: false),
            Votes = t.Column<int>(nullable: true),
            SourceName = t.Column<string>(maxLength: 200, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Participations", x => x.Id);
            t.ForeignKey("FK_Participations_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Participations_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Participations_ArrangementId", "Participations", "ArrangementId");
        m.CreateIndex("IX_Participations_OrganisationId_ArrangementId", "Participations", ["OrganisationId", "ArrangementId"]);

        m.CreateTable("Bodies", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            Type = t.Column<string>(maxLength: 40, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Bodies", x => x.Id);
            t.ForeignKey("FK_Bodies_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_Bodies_ArrangementId", "Bodies", "ArrangementId");

        m.CreateTable("Seats", t => new
        {
            Id = Identity<int>(t),
            GoverningBodyId = t.Column<int>(nullable: false),
            PersonName = t.Column<string>(maxLength: 200, nullable: false),
            Function = t.Column<string>(maxLength: 20, nullable: false),
            OrganisationId = t.Column<int>(nullable: true),
            Votes = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Seats", x => x.Id);
            t.ForeignKey("FK_Seats_Bodies_GoverningBodyId", x => x.GoverningBodyId, "Bodies", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Seats_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Seats_GoverningBodyId", "Seats", "GoverningBodyId");
        m.CreateIndex("IX_Seats_OrganisationId", "Seats", "OrganisationId");

        m.CreateTable("Documents", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            Title = t.Column<string>(maxLength: 300, nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            Url = t.Column<string>(maxLength: 500, nullable: true),
            CvdrId = t.Column<string>(maxLength: 20, nullable: true),
            Date = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Documents", x => x.Id);
            t.ForeignKey("FK_Documents_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_Documents_ArrangementId", "Documents", "ArrangementId");

        m.CreateTable("AuditEntries", t => new
        {
            Id = Identity<long>(t),
            At = t.Column<DateTimeOffset>(nullable: false),
            Actor = t.Column<string>(maxLength: 200, nullable: false),
            EntityType = t.Column<string>(maxLength: 60, nullable: false),
            EntityKey = t.Column<string>(maxLength: 60, nullable: false),
            ArrangementId = t.Column<int>(nullable: true),
            Action = t.Column<string>(maxLength: 10, nullable: false),
            Before = t.Column<string>(nullable: true),
            After = t.Column<string>(nullable: true),
            PreviousHash = t.Column<string>(maxLength: 64, nullable: false),
            Hash = t.Column<string>(maxLength: 64, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        m.CreateIndex("IX_AuditEntries_ArrangementId_Id", "AuditEntries", ["ArrangementId", "Id"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "AuditEntries", "Documents", "Seats", "Bodies", "Participations", "Arrangements", "OrganisationIdentifiers", "Organisations" })
            m.DropTable(table);
    }
}
