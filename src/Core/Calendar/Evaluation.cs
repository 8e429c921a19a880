namespace Verbonden.Core.Calendar;

/// <summary>A periodic evaluation of an arrangement: when it is next due and whether to remind.</summary>
/// <remarks>
/// Since 1 July 2022 a regeling must provide for its periodic evaluation (Wgr art. 10 lid 2, Stb. 2022, 18);
/// seed 003 recommendation 4 asks for an agreed interval. When the regeling names none, four years is assumed.
/// The next evaluation is due <c>interval</c> years after the last one, or after the date in force when
/// there has been none.
/// </remarks>
public sealed record EvaluationDue(DateOnly DueOn, int IntervalYears, bool IntervalAssumed, bool Overdue, bool Soon);

public static class Evaluation
{
    public const int DefaultIntervalYears = 4;
    public const string Article = "art. 10 lid 2 Wgr (sinds 1 juli 2022)";
    /// <summary>Reminders start this many months before the due date.</summary>
    public const int ReminderMonths = 6;

    /// <returns>null when neither a previous evaluation nor a date in force is known.</returns>
    public static EvaluationDue? Next(DateOnly? lastEvaluation, DateOnly? dateInForce, int? intervalYears, DateOnly today)
    {
        if (intervalYears is < 1 or > 20) throw new DomainException("Het evaluatie-interval ligt tussen 1 en 20 jaar.", nameof(intervalYears));
        var start = lastEvaluation ?? dateInForce;
        if (start is null) return null;
        var years = intervalYears ?? DefaultIntervalYears;
        var due = start.Value.AddYears(years);
        return new(due, years, intervalYears is null, today > due, today <= due && today >= due.AddMonths(-ReminderMonths));
    }
}
