using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Verbonden.Data.Storage;

using static Verbonden.Data.Migrations.MigrationColumns;

namespace Verbonden.Data.Migrations;

/// <summary>
/// Council grip (issue 5): zienswijzen per council, figures per arrangement and year, each participant's
/// financieel belang per year, and the council role, instruments, six questions and evaluation interval.
/// Provider-neutral like <see cref="Initial"/>.
/// </summary>
[DbContext(typeof(VerbondenDbContext))]
[Migration("20261122020000_Grip")]
public sealed class Grip : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Zienswijzen", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            OrganisationId = t.Column<int>(nullable: false),
            BudgetYear = t.Column<int>(nullable: false),
            Subject = t.Column<string>(maxLength: 30, nullable: false),
            ReceivedOn = t.Column<DateOnly>(nullable: false),
            Text = t.Column<string>(nullable: true),
            DocumentUrl = t.Column<string>(maxLength: 500, nullable: true),
            Reaction = t.Column<string>(nullable: true),
            ReactionOn = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Zienswijzen", x => x.Id);
            t.ForeignKey("FK_Zienswijzen_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Zienswijzen_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Zienswijzen_ArrangementId_BudgetYear_Subject_OrganisationId", "Zienswijzen", ["ArrangementId", "BudgetYear", "Subject", "OrganisationId"], unique: true);
        m.CreateIndex("IX_Zienswijzen_OrganisationId", "Zienswijzen", "OrganisationId");

        m.CreateTable("ArrangementYears", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            Year = t.Column<int>(nullable: false),
            EquityStart = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            EquityEnd = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            DebtStart = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            DebtEnd = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            Result = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            Risks = t.Column<string>(nullable: true),
            AbMeetingOn = t.Column<DateOnly>(nullable: true),
            DraftBudgetSentOn = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ArrangementYears", x => x.Id);
            t.ForeignKey("FK_ArrangementYears_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ArrangementYears_ArrangementId_Year", "ArrangementYears", ["ArrangementId", "Year"], unique: true);

        m.CreateTable("ParticipantFinances", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            OrganisationId = t.Column<int>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Contribution = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            Shares = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            Loans = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            Guarantees = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ParticipantFinances", x => x.Id);
            t.ForeignKey("FK_ParticipantFinances_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ParticipantFinances_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_ParticipantFinances_ArrangementId_OrganisationId_Year", "ParticipantFinances", ["ArrangementId", "OrganisationId", "Year"], unique: true);
        m.CreateIndex("IX_ParticipantFinances_OrganisationId_Year", "ParticipantFinances", ["OrganisationId", "Year"]);

        m.CreateTable("CouncilGrips", t => new
        {
            Id = Identity<int>(t),
            ArrangementId = t.Column<int>(nullable: false),
            Role = t.Column<string>(maxLength: 20, nullable: false),
            UsesZienswijze = t.Column<bool>(nullable: false),
            UsesInformationDuty = t.Column<bool>(nullable: false),
            UsesInquiry = t.Column<bool>(nullable: false),
            UsesAdvisoryCommittee = t.Column<bool>(nullable: false),
            Necessity = t.Column<string>(nullable: true),
            Vision = t.Column<string>(nullable: true),
            CouncilPosition = t.Column<string>(nullable: true),
            Steering = t.Column<string>(nullable: true),
            Control = t.Column<string>(nullable: true),
            RisksAndExit = t.Column<string>(nullable: true),
            Monitoring = t.Column<string>(nullable: true),
            EvaluationIntervalYears = t.Column<int>(nullable: true),
            LastEvaluationOn = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CouncilGrips", x => x.Id);
            t.ForeignKey("FK_CouncilGrips_Arrangements_ArrangementId", x => x.ArrangementId, "Arrangements", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_CouncilGrips_ArrangementId", "CouncilGrips", "ArrangementId", unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "CouncilGrips", "ParticipantFinances", "ArrangementYears", "Zienswijzen" })
            m.DropTable(table);
    }
}
