using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Allocation;
using Verbonden.Core.Register;

namespace Verbonden.Data.Storage;

/// <summary>
/// The register's database. The same model and migrations serve SQLite (embedded default) and PostgreSQL
/// (production); <see cref="Database"/> picks the provider from the connection string.
/// </summary>
public class VerbondenDbContext(DbContextOptions<VerbondenDbContext> options, AuditActor? actor = null) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationIdentifier> OrganisationIdentifiers => Set<OrganisationIdentifier>();
    public DbSet<Arrangement> Arrangements => Set<Arrangement>();
    public DbSet<Participation> Participations => Set<Participation>();
    public DbSet<GoverningBody> Bodies => Set<GoverningBody>();
    public DbSet<BodySeat> Seats => Set<BodySeat>();
    public DbSet<ArrangementDocument> Documents => Set<ArrangementDocument>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Verbonden.Core.Calendar.Zienswijze> Zienswijzen => Set<Verbonden.Core.Calendar.Zienswijze>();
    public DbSet<Verbonden.Core.Reporting.ArrangementYear> ArrangementYears => Set<Verbonden.Core.Reporting.ArrangementYear>();
    public DbSet<Verbonden.Core.Reporting.ParticipantFinance> ParticipantFinances => Set<Verbonden.Core.Reporting.ParticipantFinance>();
    public DbSet<Verbonden.Core.Reporting.CouncilGrip> CouncilGrips => Set<Verbonden.Core.Reporting.CouncilGrip>();
    public DbSet<AllocationPlan> AllocationPlans => Set<AllocationPlan>();
    public DbSet<Accounts.UserAccount> Users => Set<Accounts.UserAccount>();
    public DbSet<Accounts.ApiToken> ApiTokens => Set<Accounts.ApiToken>();
    public DbSet<SupervisoryNote> SupervisoryNotes => Set<SupervisoryNote>();

    /// <summary>Who is recorded in the audit log for changes saved through this context.</summary>
    public AuditActor Actor { get; set; } = actor ?? AuditActor.System;

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Organisation>(e =>
        {
            e.HasIndex(o => o.Code).IsUnique();
            e.Property(o => o.Code).HasMaxLength(40);
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.ProvinceCode).HasMaxLength(8);
            e.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
            e.HasMany(o => o.Identifiers).WithOne().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OrganisationIdentifier>(e =>
        {
            e.Property(i => i.Scheme).HasConversion<string>().HasMaxLength(10);
            e.Property(i => i.Value).HasMaxLength(200);
            e.HasIndex(i => new { i.Scheme, i.Value });
        });
        b.Entity<Arrangement>(e =>
        {
            e.HasIndex(a => a.Name);
            e.Property(a => a.Name).HasMaxLength(300);
            e.Property(a => a.CitationTitle).HasMaxLength(300);
            e.Property(a => a.LegalForm).HasConversion<string>().HasMaxLength(40);
            e.Property(a => a.RegelingType).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Seat).HasMaxLength(100);
            e.Property(a => a.Postcode).HasMaxLength(10);
            e.Property(a => a.ProvinceCode).HasMaxLength(8);
            e.Property(a => a.PolicyDomain).HasMaxLength(100);
            e.Property(a => a.Region).HasMaxLength(200);
            e.Ignore(a => a.RegionNames);
            e.Property(a => a.CbsGrCode).HasMaxLength(6);
            e.Property(a => a.KvkNumber).HasMaxLength(8);
            e.Property(a => a.Rsin).HasMaxLength(9);
            e.Property(a => a.Oin).HasMaxLength(20);
            e.Property(a => a.Source).HasMaxLength(200);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.Ignore(a => a.BbvCategory);
            e.Ignore(a => a.OverviewCategory);
            e.HasMany(a => a.Participations).WithOne().HasForeignKey(p => p.ArrangementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Bodies).WithOne().HasForeignKey(g => g.ArrangementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Participation>(e =>
        {
            e.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.SourceName).HasMaxLength(200);
            e.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => new { p.OrganisationId, p.ArrangementId });
        });
        b.Entity<GoverningBody>(e =>
        {
            e.Property(g => g.Type).HasConversion<string>().HasMaxLength(40);
            e.Property(g => g.Name).HasMaxLength(200);
            e.HasMany(g => g.Seats).WithOne().HasForeignKey(s => s.GoverningBodyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<BodySeat>(e =>
        {
            e.Property(s => s.PersonName).HasMaxLength(200);
            e.Property(s => s.Function).HasConversion<string>().HasMaxLength(20);
            e.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ArrangementDocument>(e =>
        {
            e.Property(d => d.Title).HasMaxLength(300);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Url).HasMaxLength(500);
            e.Property(d => d.CvdrId).HasMaxLength(20);
            e.Ignore(d => d.CvdrUrl);
        });
        b.Entity<AllocationPlan>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(200);
            e.HasOne<Arrangement>().WithMany().HasForeignKey(p => p.ArrangementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.ArrangementId, p.Year });
        });
        b.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.Actor).HasMaxLength(200);
            e.Property(a => a.EntityType).HasMaxLength(60);
            e.Property(a => a.EntityKey).HasMaxLength(60);
            e.Property(a => a.Action).HasMaxLength(10);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.HasIndex(a => new { a.ArrangementId, a.Id });
        });
        GripConfiguration.Configure(b);
        Accounts.AccountConfiguration.Configure(b);
    }

    internal Task<int> BaseSaveChangesAsync(CancellationToken ct) => base.SaveChangesAsync(true, ct);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        foreach (var entry in ChangeTracker.Entries<Arrangement>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version++;
        var pending = AuditTrail.Capture(this);
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        // The audit entries are written in the same transaction as the change they describe.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            var n = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            await AuditTrail.AppendAsync(this, pending, ct);
            if (own is not null) await own.CommitAsync(ct);
            return n;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}
