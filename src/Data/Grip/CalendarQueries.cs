using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Calendar;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Grip;

/// <summary>One arrangement's budget cycle in a municipality's calendar, with that council's zienswijze status.</summary>
public sealed record CalendarArrangement(
    int ArrangementId, string Name, LegalForm Form, BudgetCycleResult Cycle,
    DateOnly? ZienswijzeReceivedOn, ZienswijzeStatus? ZienswijzeStatus, EvaluationDue? Evaluation);

public sealed record MunicipalityCalendar(string Code, string Name, int Year, DateOnly Today, IReadOnlyList<CalendarArrangement> Arrangements)
{
    /// <summary>All steps of all arrangements in date order.</summary>
    public IEnumerable<(CalendarArrangement Arrangement, StepDue Step)> Steps =>
        Arrangements.SelectMany(a => a.Cycle.Steps.Select(s => (a, s))).OrderBy(x => x.s.LastDay).ThenBy(x => x.a.Name, StringComparer.CurrentCulture);

    /// <summary>The calendar as iCalendar events; UIDs are stable so a re-import updates the entries.</summary>
    public IEnumerable<CalendarEvent> ToEvents(string? baseUrl = null) => Steps.Select(x => new CalendarEvent(
        $"{x.Arrangement.ArrangementId}-{Year}-{x.Step.Step.Id()}-{Code}@verbonden",
        x.Step.LastDay,
        $"{x.Step.Step.Label()} – {x.Arrangement.Name}",
        $"Begroting {Year}. Termijn: {x.Step.Term} ({x.Step.Article}).{(x.Arrangement.Cycle.AbMeetingAssumed ? " De vergaderdatum van het algemeen bestuur is aangenomen (1 juli)." : "")}{(x.Arrangement.Cycle.FormUnknown ? " De rechtsvorm van de regeling is nog onbekend." : "")}",
        baseUrl is null ? null : $"{baseUrl.TrimEnd('/')}/regelingen/{x.Arrangement.ArrangementId}/zienswijzen?jaar={Year}"));
}

/// <summary>One participating council's zienswijze on an arrangement's draft budget.</summary>
public sealed record CouncilZienswijze(int OrganisationId, string Code, string Name, Zienswijze? Record, ZienswijzeStatus Status);

public sealed record ArrangementZienswijzen(int ArrangementId, string Name, LegalForm Form, int Year, BudgetCycleResult Cycle, DateOnly LastDay, IReadOnlyList<CouncilZienswijze> Councils);

public static class CalendarQueries
{
    /// <summary>Loads the calendar of all Wgr arrangements a municipality takes part in for one budget year.</summary>
    /// <exception cref="KeyNotFoundException">No organisation has <paramref name="code"/>.</exception>
    public static async Task<MunicipalityCalendar> MunicipalityAsync(VerbondenDbContext db, string code, int year, DateOnly today, CancellationToken ct = default)
    {
        if (year is < 1900 or > 9998) throw new DomainException("The year must lie between 1900 and 9998.", "year");
        var upper = code.Trim().ToUpperInvariant();
        var org = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == upper, ct)
                  ?? throw new KeyNotFoundException($"No organisation with code {code}.");
        var (from, to) = (new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.Participations.AsNoTracking()
            .Where(p => p.OrganisationId == org.Id && (p.JoinedOn == null || p.JoinedOn <= to) && (p.LeftOn == null || p.LeftOn >= from))
            .Join(db.Arrangements, p => p.ArrangementId, a => a.Id, (p, a) => a)
            .Where(a => a.Status != ArrangementStatus.Intentie && (a.DateEnded == null || a.DateEnded >= from) && (a.DateInForce == null || a.DateInForce <= to))
            .Select(a => new { a.Id, a.Name, a.LegalForm, a.DateInForce })
            .Distinct().ToListAsync(ct);
        rows = rows.Where(a => CycleRules.HasBudgetCycle(a.LegalForm)).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var years = await db.ArrangementYears.AsNoTracking().Where(y => ids.Contains(y.ArrangementId) && y.Year == year).ToDictionaryAsync(y => y.ArrangementId, ct);
        var received = await db.Zienswijzen.AsNoTracking()
            .Where(z => z.OrganisationId == org.Id && z.BudgetYear == year && z.Subject == ZienswijzeSubject.Ontwerpbegroting && ids.Contains(z.ArrangementId))
            .ToDictionaryAsync(z => z.ArrangementId, z => z.ReceivedOn, ct);
        var grips = await db.CouncilGrips.AsNoTracking().Where(g => ids.Contains(g.ArrangementId)).ToDictionaryAsync(g => g.ArrangementId, ct);

        var list = rows.Select(a =>
        {
            years.TryGetValue(a.Id, out var y);
            var cycle = BudgetCycle.Compute(new CycleFacts(a.LegalForm, year, y?.AbMeetingOn, y?.DraftBudgetSentOn));
            var last = cycle.Get(CycleStep.Zienswijzen)?.LastDay;
            DateOnly? got = received.TryGetValue(a.Id, out var r) ? r : null;
            grips.TryGetValue(a.Id, out var g);
            return new CalendarArrangement(a.Id, a.Name, a.LegalForm, cycle, got,
                last is { } l ? ZienswijzeCheck.Status(got, l, today) : null,
                Evaluation.Next(g?.LastEvaluationOn, a.DateInForce, g?.EvaluationIntervalYears, today));
        }).OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        return new(org.Code, org.Name, year, today, list);
    }

    /// <summary>The draft-budget zienswijzen of all participating councils of one arrangement for one budget year.</summary>
    /// <returns>null when the arrangement does not exist.</returns>
    public static async Task<ArrangementZienswijzen?> ArrangementAsync(VerbondenDbContext db, int arrangementId, int year, DateOnly today, CancellationToken ct = default)
    {
        var a = await db.Arrangements.AsNoTracking().Include(x => x.Participations).ThenInclude(p => p.Organisation)
            .FirstOrDefaultAsync(x => x.Id == arrangementId, ct);
        if (a is null) return null;
        var y = await db.ArrangementYears.AsNoTracking().FirstOrDefaultAsync(x => x.ArrangementId == arrangementId && x.Year == year, ct);
        var cycle = BudgetCycle.Compute(new CycleFacts(a.LegalForm, year, y?.AbMeetingOn, y?.DraftBudgetSentOn));
        var last = cycle.Get(CycleStep.Zienswijzen)?.LastDay ?? cycle.AbMeeting;
        var records = await db.Zienswijzen.AsNoTracking()
            .Where(z => z.ArrangementId == arrangementId && z.BudgetYear == year && z.Subject == ZienswijzeSubject.Ontwerpbegroting)
            .ToDictionaryAsync(z => z.OrganisationId, ct);
        var councils = a.Participations
            .Where(p => p.Organisation is { Type: OrganisationType.Gemeente or OrganisationType.Provincie or OrganisationType.Waterschap })
            .Where(p => (p.JoinedOn is null || p.JoinedOn <= last) && (p.LeftOn is null || p.LeftOn >= new DateOnly(year - 1, 1, 1)))
            .GroupBy(p => p.OrganisationId).Select(g => g.First().Organisation!)
            .Select(o => records.TryGetValue(o.Id, out var z)
                ? new CouncilZienswijze(o.Id, o.Code, o.Name, z, ZienswijzeCheck.Status(z.ReceivedOn, last, today))
                : new CouncilZienswijze(o.Id, o.Code, o.Name, null, ZienswijzeCheck.Status(null, last, today)))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        return new(a.Id, a.Name, a.LegalForm, year, cycle, last, councils);
    }

    /// <summary>Records (or replaces) a council's zienswijze on the draft budget.</summary>
    public static async Task SaveZienswijzeAsync(VerbondenDbContext db, Zienswijze input, CancellationToken ct = default)
    {
        input.Validate();
        var participates = await db.Participations.AnyAsync(p => p.ArrangementId == input.ArrangementId && p.OrganisationId == input.OrganisationId, ct);
        if (!participates) throw new DomainException("Deze organisatie neemt niet deel aan de regeling.", nameof(Zienswijze.OrganisationId));
        var existing = await db.Zienswijzen.FirstOrDefaultAsync(z => z.ArrangementId == input.ArrangementId && z.OrganisationId == input.OrganisationId
            && z.BudgetYear == input.BudgetYear && z.Subject == input.Subject, ct);
        if (existing is null) db.Zienswijzen.Add(input);
        else
        {
            existing.ReceivedOn = input.ReceivedOn; existing.Text = input.Text; existing.DocumentUrl = input.DocumentUrl;
            existing.Reaction = input.Reaction; existing.ReactionOn = input.ReactionOn;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stores the planned AB meeting and the sending date of the draft budget for a budget year.</summary>
    public static async Task SaveCycleDatesAsync(VerbondenDbContext db, int arrangementId, int year, DateOnly? abMeeting, DateOnly? draftSent, CancellationToken ct = default)
    {
        var y = await db.ArrangementYears.FirstOrDefaultAsync(x => x.ArrangementId == arrangementId && x.Year == year, ct);
        if (y is null) db.ArrangementYears.Add(y = new ArrangementYear { ArrangementId = arrangementId, Year = year });
        y.AbMeetingOn = abMeeting; y.DraftBudgetSentOn = draftSent;
        y.Validate();
        await db.SaveChangesAsync(ct);
    }
}
