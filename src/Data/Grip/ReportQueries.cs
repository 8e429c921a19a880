using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Network;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Grip;

/// <summary>Loads the BBV paragraph and the network from the register.</summary>
public static class ReportQueries
{
    /// <summary>The paragraaf verbonden partijen of a municipality: every arrangement it takes part in during
    /// <paramref name="year"/>, with the figures entered for that year.</summary>
    /// <exception cref="KeyNotFoundException">No organisation has <paramref name="code"/>.</exception>
    public static async Task<BbvParagraph> BbvAsync(VerbondenDbContext db, string code, int year, CancellationToken ct = default)
    {
        if (year is < 1900 or > 9998) throw new DomainException("The year must lie between 1900 and 9998.", "year");
        var upper = code.Trim().ToUpperInvariant();
        var org = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == upper, ct)
                  ?? throw new KeyNotFoundException($"No organisation with code {code}.");
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var arrangements = await db.Arrangements.AsNoTracking()
            .Include(a => a.Participations).Include(a => a.Bodies).ThenInclude(b => b.Seats)
            .Where(a => a.Status != ArrangementStatus.Intentie && (a.DateEnded == null || a.DateEnded >= from) && (a.DateInForce == null || a.DateInForce <= to))
            .Where(a => a.Participations.Any(p => p.OrganisationId == org.Id && (p.JoinedOn == null || p.JoinedOn <= to) && (p.LeftOn == null || p.LeftOn >= from)))
            .AsSplitQuery().ToListAsync(ct);
        var ids = arrangements.Select(a => a.Id).ToList();
        var years = await db.ArrangementYears.AsNoTracking().Where(y => ids.Contains(y.ArrangementId) && y.Year == year).ToDictionaryAsync(y => y.ArrangementId, ct);
        var money = await db.ParticipantFinances.AsNoTracking().Where(f => f.OrganisationId == org.Id && f.Year == year).ToDictionaryAsync(f => f.ArrangementId, ct);

        var entries = arrangements.Select(a =>
        {
            years.TryGetValue(a.Id, out var y);
            money.TryGetValue(a.Id, out var f);
            var own = a.Participations.Where(p => p.IsActiveOn(to) || p.OrganisationId == org.Id).ToList();
            var seats = a.Bodies.Where(b => b.Type is BodyType.AlgemeenBestuur or BodyType.Bestuur or BodyType.GemeenschappelijkOrgaan or BodyType.AlgemeneVergaderingVanAandeelhouders)
                .SelectMany(b => b.Seats).Count(s => s.OrganisationId == org.Id);
            var votes = a.Participations.FirstOrDefault(p => p.OrganisationId == org.Id)?.Votes;
            var total = own.All(p => p.Votes is null) ? (int?)null : own.Sum(p => p.Votes ?? 0);
            return new BbvEntry(a.Id, a.Name, a.Seat, a.LegalForm, a.InterestsServed ?? a.Purpose,
                new GovernanceInterest(seats, votes, total),
                f is null ? FinancialInterest.None : new FinancialInterest(f.Contribution, f.Shares, f.Loans, f.Guarantees),
                y?.EquityStart, y?.EquityEnd, y?.DebtStart, y?.DebtEnd, y?.Result, y?.Risks);
        });
        return BbvParagraph.Build(org.Code, org.Name, year, entries);
    }

    /// <summary>The network on a reference date: arrangements (optionally filtered by province and legal form)
    /// with the organisations taking part on that date.</summary>
    public static async Task<(IReadOnlyList<NetworkArrangement> Arrangements, IReadOnlyList<NetworkParticipant> Participants)> NetworkAsync(
        VerbondenDbContext db, DateOnly on, string? province = null, LegalForm? form = null, CancellationToken ct = default)
    {
        var q = db.Arrangements.AsNoTracking().Where(a => a.Status != ArrangementStatus.Intentie
            && (a.DateEnded == null || a.DateEnded >= on) && (a.DateInForce == null || a.DateInForce <= on));
        if (province is { Length: > 0 }) q = q.Where(a => a.ProvinceCode == province);
        if (form is { } f) q = q.Where(a => a.LegalForm == f);
        var arrs = await q.Select(a => new { a.Id, a.Name, a.LegalForm, a.PolicyDomain, a.ProvinceCode }).ToListAsync(ct);
        var ids = arrs.Select(a => a.Id).ToHashSet();
        var members = (await db.Participations.AsNoTracking()
            .Where(p => (p.JoinedOn == null || p.JoinedOn <= on) && (p.LeftOn == null || p.LeftOn >= on))
            .Select(p => new { p.ArrangementId, p.OrganisationId }).ToListAsync(ct))
            .Where(p => ids.Contains(p.ArrangementId)).ToLookup(p => p.ArrangementId, p => p.OrganisationId);
        var network = arrs.OrderBy(a => a.Id)
            .Select(a => new NetworkArrangement(a.Id, a.Name, a.LegalForm, a.PolicyDomain, a.ProvinceCode, members[a.Id].Distinct().ToList()))
            .ToList();
        var orgIds = network.SelectMany(a => a.Participants).ToHashSet();
        var orgs = (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code, o.Name, o.Type, o.ProvinceCode }).ToListAsync(ct))
            .Where(o => orgIds.Contains(o.Id)).Select(o => new NetworkParticipant(o.Id, o.Code, o.Name, o.Type, o.ProvinceCode)).ToList();
        return (network, orgs);
    }
}
