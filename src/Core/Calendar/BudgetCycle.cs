using System.Globalization;
using Verbonden.Core.Register;

namespace Verbonden.Core.Calendar;

/// <summary>A step of the budget cycle with the last day on which it is on time.</summary>
/// <param name="LastDay">The last day on which the step is still on time (inclusive).</param>
/// <param name="Term">The term in Dutch as the law words it, e.g. "vóór 30 april 2026".</param>
/// <param name="Rule">The version of the law that sets the term.</param>
/// <param name="Transitional">True when the deadline falls across a change of the law and no single version
/// governs it consistently; the version in force on the anchor date (AB meeting or sending) is then used.</param>
public sealed record StepDue(CycleStep Step, DateOnly LastDay, string Term, StepRule Rule, bool Transitional = false)
{
    public string Article => Rule.Article;
}

/// <summary>The facts about one arrangement and budget year that the cycle needs.</summary>
/// <param name="AbMeeting">The planned (or held) AB meeting that adopts the budget; null = use <see cref="BudgetCycle.DefaultMeeting"/>.</param>
/// <param name="DraftSentOn">The day the DB actually sent the draft budget, when known; the zienswijze term runs from it.</param>
public sealed record CycleFacts(LegalForm Form, int BudgetYear, DateOnly? AbMeeting = null, DateOnly? DraftSentOn = null);

/// <summary>The computed cycle of one arrangement for one budget year.</summary>
public sealed record BudgetCycleResult(int BudgetYear, DateOnly AbMeeting, bool AbMeetingAssumed, bool FormUnknown, IReadOnlyList<StepDue> Steps)
{
    public StepDue? Get(CycleStep step) => Steps.FirstOrDefault(s => s.Step == step);
}

/// <summary>Computes the due dates of the Wgr budget cycle from <see cref="CycleRules"/>.</summary>
/// <remarks>
/// Each deadline follows the version of the law in force on the deadline itself: for each version the
/// deadline is computed, and the version whose period contains its own deadline wins. When a change of the
/// law falls inside a term so that no version is consistent (e.g. a 12-week term that would have started
/// before 1 July 2022), the version in force on the anchor date (AB meeting, or the sending of the draft)
/// is used and the step is marked <see cref="StepDue.Transitional"/>.
/// </remarks>
public static class BudgetCycle
{
    static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The AB meeting assumed when none is planned: 1 July of the year before the budget year.</summary>
    public static DateOnly DefaultMeeting(int budgetYear) => new(budgetYear - 1, 7, 1);

    public static BudgetCycleResult Compute(CycleFacts facts, IReadOnlyList<StepRule>? rules = null)
    {
        rules ??= CycleRules.All;
        if (facts.BudgetYear is < 1900 or > 9998) throw new DomainException("The budget year must lie between 1900 and 9998.", nameof(facts.BudgetYear));
        if (!CycleRules.HasBudgetCycle(facts.Form))
            return new(facts.BudgetYear, DefaultMeeting(facts.BudgetYear), true, false, []);
        var meeting = facts.AbMeeting ?? DefaultMeeting(facts.BudgetYear);
        var y = facts.BudgetYear;
        var steps = new List<StepDue>();
        foreach (var step in Enum.GetValues<CycleStep>())
        {
            var candidates = rules.Where(r => r.Step == step).ToList();
            if (candidates.Count == 0) continue;
            StepDue Build(StepRule r, bool transitional)
            {
                var anchor = step == CycleStep.Zienswijzen ? SendingDay(facts, meeting, rules) : meeting;
                return r.Kind switch
                {
                    TermKind.BeforeFixedDay => new(step, r.FixedDay(y).AddDays(-1), "vóór " + Format(r.FixedDay(y)), r, transitional),
                    TermKind.WeeksBeforeMeeting => new(step, meeting.AddDays(-7 * r.Weeks), $"{Weeks(r.Weeks)} vóór de vergadering van het algemeen bestuur op {Format(meeting)}", r, transitional),
                    TermKind.WeeksAfterSending => new(step, anchor.AddDays(7 * r.Weeks), $"binnen {Weeks(r.Weeks)} na toezending op {Format(anchor)}", r, transitional),
                    _ => new(step, Min(meeting.AddDays(7 * r.Weeks), r.FixedDay(y).AddDays(-1)),
                        $"binnen {Weeks(r.Weeks)} na vaststelling op {Format(meeting)} en vóór {Format(r.FixedDay(y))}", r, transitional),
                };
            }
            var consistent = candidates.Select(r => Build(r, false)).Where(s => s.Rule.IsInForceOn(s.LastDay)).OrderByDescending(s => s.Rule.ValidFrom).FirstOrDefault();
            if (consistent is not null) { steps.Add(consistent); continue; }
            var anchorDay = step == CycleStep.Zienswijzen ? SendingDay(facts, meeting, rules) : meeting;
            // Fixed-day steps whose law did not exist yet (e.g. art. 34b before 2015) simply have no step.
            var atAnchor = candidates.FirstOrDefault(r => r.Kind != TermKind.BeforeFixedDay && r.IsInForceOn(anchorDay));
            if (atAnchor is not null) steps.Add(Build(atAnchor, true));
        }
        return new(y, meeting, facts.AbMeeting is null, facts.Form == LegalForm.WgrOnbekend, steps.OrderBy(s => s.LastDay).ThenBy(s => s.Step).ToList());
    }

    /// <summary>The day the zienswijze term starts: the actual sending day, or else the last day for sending.</summary>
    static DateOnly SendingDay(CycleFacts facts, DateOnly meeting, IReadOnlyList<StepRule> rules)
    {
        if (facts.DraftSentOn is { } sent) return sent;
        var draft = Compute(facts, rules.Where(r => r.Step == CycleStep.OntwerpbegrotingNaarRaden).ToList());
        return draft.Get(CycleStep.OntwerpbegrotingNaarRaden)?.LastDay ?? meeting;
    }

    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    static string Weeks(int n) => n switch { 2 => "twee weken", 6 => "zes weken", 8 => "acht weken", 12 => "twaalf weken", _ => $"{n} weken" };
    public static string Format(DateOnly d) => d.ToString("d MMMM yyyy", Nl);
}
