using System.Text.Json;
using System.Text.Json.Serialization;
using Verbonden.Core.Calendar;

namespace Verbonden.Data.Grip;

/// <summary>The JSON shape of a municipality calendar, shared by the API and the CLI.</summary>
public static class CalendarJson
{
    public sealed record Step(string Id, string Label, DateOnly LastDay, string Term, string Article, bool Transitional);
    public sealed record ZienswijzeInfo(string Status, string Label, DateOnly? ReceivedOn);
    public sealed record EvaluationInfo(DateOnly DueOn, int IntervalYears, bool IntervalAssumed, bool Overdue);
    public sealed record Arrangement(int Id, string Name, string LegalForm, bool FormUnknown, DateOnly AbMeeting, bool AbMeetingAssumed,
        ZienswijzeInfo? Zienswijze, EvaluationInfo? Evaluation, IReadOnlyList<Step> Steps);
    public sealed record Calendar(string Municipality, string Name, int Year, IReadOnlyList<Arrangement> Arrangements);

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Calendar From(MunicipalityCalendar c) => new(c.Code, c.Name, c.Year, c.Arrangements.Select(a => new Arrangement(
        a.ArrangementId, a.Name, Verbonden.Core.Register.RegisterLabels.Id(a.Form), a.Cycle.FormUnknown, a.Cycle.AbMeeting, a.Cycle.AbMeetingAssumed,
        a.ZienswijzeStatus is { } s ? new ZienswijzeInfo(s.Id(), s.Label(), a.ZienswijzeReceivedOn) : null,
        a.Evaluation is { } e ? new EvaluationInfo(e.DueOn, e.IntervalYears, e.IntervalAssumed, e.Overdue) : null,
        a.Cycle.Steps.Select(s => new Step(s.Step.Id(), s.Step.Label(), s.LastDay, s.Term, s.Article, s.Transitional)).ToList())).ToList());

    public static string Serialize(MunicipalityCalendar c) => JsonSerializer.Serialize(From(c), Options);
}
