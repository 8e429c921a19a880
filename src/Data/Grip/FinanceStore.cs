using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Grip;

/// <summary>The arrangement's own figures for one year (BBV art. 15: equity and debt at start and end, result).</summary>
public sealed record YearFigures(decimal? EquityStart, decimal? EquityEnd, decimal? DebtStart, decimal? DebtEnd, decimal? Result, string? Risks);

/// <summary>A participant's financieel belang in one year.</summary>
public sealed record ParticipantFigures(decimal Contribution, decimal Shares, decimal Loans, decimal Guarantees);

/// <summary>One participant on the finance form: the stored figures, null when none are stored.</summary>
public sealed record FinanceParticipant(int OrganisationId, string Code, string Name, ParticipantFigures? Figures);

/// <summary>The figures of one arrangement in one year, as the finance form shows them.</summary>
public sealed record ArrangementFinances(int ArrangementId, string Name, int Year, YearFigures? Figures, IReadOnlyList<FinanceParticipant> Participants);

/// <summary>Reads and writes the yearly figures of an arrangement and its participants (issue 5).</summary>
public static class FinanceStore
{
    /// <summary>The figures of <paramref name="year"/>, with every organisation that took part during the year or has figures stored for it.</summary>
    /// <returns>null when the arrangement does not exist.</returns>
    public static async Task<ArrangementFinances?> LoadAsync(VerbondenDbContext db, int arrangementId, int year, CancellationToken ct = default)
    {
        var a = await db.Arrangements.AsNoTracking().Where(x => x.Id == arrangementId).Select(x => new { x.Id, x.Name }).FirstOrDefaultAsync(ct);
        if (a is null) return null;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var y = await db.ArrangementYears.AsNoTracking().FirstOrDefaultAsync(x => x.ArrangementId == arrangementId && x.Year == year, ct);
        var stored = await db.ParticipantFinances.AsNoTracking().Where(f => f.ArrangementId == arrangementId && f.Year == year).ToDictionaryAsync(f => f.OrganisationId, ct);
        var active = await db.Participations.AsNoTracking()
            .Where(p => p.ArrangementId == arrangementId && (p.JoinedOn == null || p.JoinedOn <= to) && (p.LeftOn == null || p.LeftOn >= from))
            .Select(p => p.OrganisationId).ToListAsync(ct);
        var ids = active.Concat(stored.Keys).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(ct);
        var participants = orgs
            .Select(o => new FinanceParticipant(o.Id, o.Code, o.Name,
                stored.TryGetValue(o.Id, out var f) ? new ParticipantFigures(f.Contribution, f.Shares, f.Loans, f.Guarantees) : null))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        var figures = y is null ? null : new YearFigures(y.EquityStart, y.EquityEnd, y.DebtStart, y.DebtEnd, y.Result, y.Risks);
        return new(a.Id, a.Name, year, figures, participants);
    }

    /// <summary>
    /// Stores the figures of one year: the arrangement's own figures (its budget-cycle dates are kept), and per
    /// participant its financieel belang, or none (the stored row is removed) when <c>Figures</c> is null.
    /// Upserts, so there is at most one row per arrangement and year and per participant and year.
    /// </summary>
    /// <exception cref="DomainException">A rule is broken (negative debt, loans, ...); <c>Field</c> names the property. Nothing is written.</exception>
    public static async Task SaveAsync(VerbondenDbContext db, int arrangementId, int year, YearFigures figures,
        IReadOnlyList<(int OrganisationId, ParticipantFigures? Figures)> participants, CancellationToken ct = default)
    {
        var y = await db.ArrangementYears.FirstOrDefaultAsync(x => x.ArrangementId == arrangementId && x.Year == year, ct);
        if (y is null) db.ArrangementYears.Add(y = new ArrangementYear { ArrangementId = arrangementId, Year = year });
        (y.EquityStart, y.EquityEnd, y.DebtStart, y.DebtEnd, y.Result, y.Risks) =
            (figures.EquityStart, figures.EquityEnd, figures.DebtStart, figures.DebtEnd, figures.Result, figures.Risks);
        y.Validate();
        var stored = await db.ParticipantFinances.Where(f => f.ArrangementId == arrangementId && f.Year == year).ToDictionaryAsync(f => f.OrganisationId, ct);
        foreach (var (orgId, p) in participants)
        {
            stored.TryGetValue(orgId, out var f);
            if (p is null) { if (f is not null) db.ParticipantFinances.Remove(f); continue; }
            if (f is null) db.ParticipantFinances.Add(f = new ParticipantFinance { ArrangementId = arrangementId, OrganisationId = orgId, Year = year });
            (f.Contribution, f.Shares, f.Loans, f.Guarantees) = (p.Contribution, p.Shares, p.Loans, p.Guarantees);
            f.Validate();
        }
        await db.SaveChangesAsync(ct);
    }
}
