using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Calendar;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;

namespace Verbonden.Data.Storage;

/// <summary>Mapping of the council-grip tables (issue 5): zienswijzen, yearly figures, council role and six questions.</summary>
internal static class GripConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Zienswijze>(e =>
        {
            e.ToTable("Zienswijzen");
            e.Property(z => z.Subject).HasConversion<string>().HasMaxLength(30);
            e.Property(z => z.DocumentUrl).HasMaxLength(500);
            e.HasOne<Arrangement>().WithMany().HasForeignKey(z => z.ArrangementId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(z => z.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(z => new { z.ArrangementId, z.BudgetYear, z.Subject, z.OrganisationId }).IsUnique();
            e.HasIndex(z => z.OrganisationId);
        });
        b.Entity<ArrangementYear>(e =>
        {
            e.ToTable("ArrangementYears");
            foreach (var p in new[] { nameof(ArrangementYear.EquityStart), nameof(ArrangementYear.EquityEnd), nameof(ArrangementYear.DebtStart), nameof(ArrangementYear.DebtEnd), nameof(ArrangementYear.Result) })
                e.Property(p).HasPrecision(18, 2);
            e.HasOne<Arrangement>().WithMany().HasForeignKey(y => y.ArrangementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(y => new { y.ArrangementId, y.Year }).IsUnique();
        });
        b.Entity<ParticipantFinance>(e =>
        {
            e.ToTable("ParticipantFinances");
            foreach (var p in new[] { nameof(ParticipantFinance.Contribution), nameof(ParticipantFinance.Shares), nameof(ParticipantFinance.Loans), nameof(ParticipantFinance.Guarantees) })
                e.Property(p).HasPrecision(18, 2);
            e.HasOne<Arrangement>().WithMany().HasForeignKey(f => f.ArrangementId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(f => new { f.ArrangementId, f.OrganisationId, f.Year }).IsUnique();
            e.HasIndex(f => new { f.OrganisationId, f.Year });
        });
        b.Entity<CouncilGrip>(e =>
        {
            e.ToTable("CouncilGrips");
            e.Property(g => g.Role).HasConversion<string>().HasMaxLength(20);
            e.Ignore(g => g.SixQuestions);
            e.HasOne<Arrangement>().WithMany().HasForeignKey(g => g.ArrangementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(g => g.ArrangementId).IsUnique();
        });
    }
}
