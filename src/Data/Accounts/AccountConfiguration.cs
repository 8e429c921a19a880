using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;

namespace Verbonden.Data.Accounts;

/// <summary>Mapping of the trust tables (issue 6): users, API tokens and supervisory notes.</summary>
internal static class AccountConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<UserAccount>(e =>
        {
            e.ToTable("Users");
            e.Property(u => u.UserName).HasMaxLength(100);
            e.Property(u => u.NormalizedUserName).HasMaxLength(100);
            e.HasIndex(u => u.NormalizedUserName).IsUnique();
            e.Property(u => u.PasswordHash).HasMaxLength(200);
            e.Property(u => u.SecurityStamp).HasMaxLength(64);
            e.Property(u => u.Role).HasMaxLength(20);
            e.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ApiToken>(e =>
        {
            e.ToTable("ApiTokens");
            e.Property(t => t.Label).HasMaxLength(100);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SupervisoryNote>(e =>
        {
            e.ToTable("SupervisoryNotes");
            e.Property(n => n.Author).HasMaxLength(200);
            e.Property(n => n.Text).HasMaxLength(SupervisoryNote.MaxLength);
            e.HasOne<Arrangement>().WithMany().HasForeignKey(n => n.ArrangementId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
