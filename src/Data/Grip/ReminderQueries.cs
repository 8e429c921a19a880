using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Calendar;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Grip;

/// <summary>An evaluation that is overdue or due within <see cref="Evaluation.ReminderMonths"/> months.</summary>
public sealed record EvaluationReminder(int ArrangementId, string Name, EvaluationDue Due);

/// <summary>The last day for the councils' zienswijze on a draft budget, within the coming weeks.</summary>
public sealed record ZienswijzeReminder(int ArrangementId, string Name, int BudgetYear, DateOnly LastDay, bool Assumed);

public sealed record Reminders(IReadOnlyList<EvaluationReminder> Evaluations, IReadOnlyList<ZienswijzeReminder> Zienswijzen);

/// <summary>Reminders for the start page: evaluations that are due and zienswijze terms that are about to end.</summary>
public static class ReminderQueries
{
    /// <summary>Zienswijze terms are shown this many weeks ahead.</summary>
    public const int ZienswijzeWeeks = 8;

    /// <summary>
    /// Evaluations overdue or due within six months of <paramref name="today"/> (<see cref="Evaluation.Next"/>), and
    /// zienswijze terms on draft budgets whose last day lies between today and <see cref="ZienswijzeWeeks"/> weeks
    /// ahead, for every arrangement in force; both sorted by date.
    /// </summary>
    public static async Task<Reminders> LoadAsync(VerbondenDbContext db, DateOnly today, CancellationToken ct = default)
    {
        var arrangements = await db.Arrangements.AsNoTracking()
            .Where(a => a.Status != ArrangementStatus.Intentie && (a.DateEnded == null || a.DateEnded >= today))
            .Select(a => new { a.Id, a.Name, a.LegalForm, a.DateInForce }).ToListAsync(ct);
        var grips = await db.CouncilGrips.AsNoTracking()
            .Select(g => new { g.ArrangementId, g.LastEvaluationOn, g.EvaluationIntervalYears }).ToDictionaryAsync(g => g.ArrangementId, ct);
        var years = (await db.ArrangementYears.AsNoTracking().Where(y => y.Year >= today.Year && y.Year <= today.Year + 2)
            .Select(y => new { y.ArrangementId, y.Year, y.AbMeetingOn, y.DraftBudgetSentOn }).ToListAsync(ct))
            .ToDictionary(y => (y.ArrangementId, y.Year));

        var horizon = today.AddDays(7 * ZienswijzeWeeks);
        var evaluations = new List<EvaluationReminder>();
        var zienswijzen = new List<ZienswijzeReminder>();
        foreach (var a in arrangements)
        {
            grips.TryGetValue(a.Id, out var g);
            if (Evaluation.Next(g?.LastEvaluationOn, a.DateInForce, g?.EvaluationIntervalYears, today) is { } due && (due.Overdue || due.Soon))
                evaluations.Add(new(a.Id, a.Name, due));
            if (!CycleRules.HasBudgetCycle(a.LegalForm)) continue;
            // The term for budget year Y ends in Y-1 (or, with a late meeting, early in Y): look at this year and the next two.
            for (var y = today.Year; y <= today.Year + 2; y++)
            {
                years.TryGetValue((a.Id, y), out var facts);
                var cycle = BudgetCycle.Compute(new CycleFacts(a.LegalForm, y, facts?.AbMeetingOn, facts?.DraftBudgetSentOn));
                if (cycle.Get(CycleStep.Zienswijzen) is { } step && step.LastDay >= today && step.LastDay <= horizon)
                    zienswijzen.Add(new(a.Id, a.Name, y, step.LastDay, cycle.AbMeetingAssumed && facts?.DraftBudgetSentOn is null));
            }
        }
        return new(
            [.. evaluations.OrderBy(e => e.Due.DueOn).ThenBy(e => e.Name, StringComparer.CurrentCulture)],
            [.. zienswijzen.OrderBy(z => z.LastDay).ThenBy(z => z.Name, StringComparer.CurrentCulture)]);
    }
}
