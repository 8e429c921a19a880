using Verbonden.Core.Register;

namespace Verbonden.Core.Calendar;

/// <summary>The steps of the planning-and-control cycle of a Wgr body for one budget year.</summary>
public enum CycleStep
{
    /// <summary>DB sends the general financial and policy frameworks (kaderbrief) to the councils.</summary>
    Kaderbrief,
    /// <summary>DB sends the draft budget (ontwerpbegroting) to the councils.</summary>
    OntwerpbegrotingNaarRaden,
    /// <summary>The councils may send their zienswijze on the draft budget.</summary>
    Zienswijzen,
    /// <summary>The algemeen bestuur adopts the budget.</summary>
    BegrotingVastgesteld,
    /// <summary>DB sends the adopted budget to Gedeputeerde Staten.</summary>
    BegrotingNaarGs,
    /// <summary>DB sends the provisional annual accounts (voorlopige jaarrekening) to the councils.</summary>
    VoorlopigeJaarrekening,
    /// <summary>DB sends the adopted annual accounts to Gedeputeerde Staten.</summary>
    JaarrekeningNaarGs,
}

/// <summary>How the term of a step is measured.</summary>
public enum TermKind
{
    /// <summary>Before a fixed day of the year (exclusive): "vóór 30 april van het jaar voorafgaand".</summary>
    BeforeFixedDay,
    /// <summary>At least <see cref="StepRule.Weeks"/> weeks before the AB meeting.</summary>
    WeeksBeforeMeeting,
    /// <summary>Within <see cref="StepRule.Weeks"/> weeks after the draft budget was sent (inclusive).</summary>
    WeeksAfterSending,
    /// <summary>Within <see cref="StepRule.Weeks"/> weeks after adoption and before a fixed day, whichever comes first.</summary>
    WeeksAfterMeetingAndBeforeFixedDay,
}

/// <summary>
/// One version of one term of the Wgr budget cycle, with the article that sets it and the period in which
/// that version was law.
/// </summary>
/// <param name="ValidFrom">First day this version was in force.</param>
/// <param name="ValidUntil">Last day this version was in force (inclusive); null while still in force.</param>
/// <param name="Month">Month of the fixed day, for the fixed-day terms.</param>
/// <param name="Day">Day of the fixed day: the step must be done <em>before</em> this day.</param>
/// <param name="YearOffset">Year of the fixed day relative to the budget year (-1 = the year before).</param>
public sealed record StepRule(
    CycleStep Step, DateOnly ValidFrom, DateOnly? ValidUntil, string Article, TermKind Kind,
    int Weeks = 0, int Month = 0, int Day = 0, int YearOffset = 0)
{
    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidUntil is null || day <= ValidUntil);

    /// <summary>The fixed day of the term for <paramref name="budgetYear"/> (the step is due before it).</summary>
    public DateOnly FixedDay(int budgetYear) => new(budgetYear + YearOffset, Month, Day);
}

/// <summary>
/// The terms of the Wgr budget cycle (art. 34, 34a, 34b and 35 Wgr) as data: three versions of the law.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Until 31 December 2014: draft budget 6 weeks before the AB; adopted budget to GS before 15 July;
/// no kaderbrief duty (art. 34b did not yet exist).</item>
/// <item>1 January 2015 – 30 June 2022 (Stb. 2014, 306): 8 weeks; kaderbrief and provisional accounts before
/// 15 April; budget to GS before 1 August; annual accounts to GS before 15 July (art. 34a).</item>
/// <item>From 1 July 2022 (Stb. 2022, 18, versterking democratische legitimatie): 12 weeks; 30 April;
/// 15 September.</item>
/// </list>
/// A term of "vóór 30 april" means the last day on time is 29 April; "binnen twee weken" counts 14 days
/// from the day after the event, so adoption on 1 July is on time when sent on 15 July.
/// </remarks>
public static class CycleRules
{
    static readonly DateOnly Wgr2015 = new(2015, 1, 1);
    static readonly DateOnly Wgr2022 = new(2022, 7, 1);
    static readonly DateOnly Until2015 = Wgr2015.AddDays(-1);
    static readonly DateOnly Until2022 = Wgr2022.AddDays(-1);
    static readonly DateOnly Always = DateOnly.MinValue;

    public static readonly IReadOnlyList<StepRule> All =
    [
        // Kaderbrief: art. 34b (new in 2015).
        new(CycleStep.Kaderbrief, Wgr2015, Until2022, "art. 34b Wgr", TermKind.BeforeFixedDay, Month: 4, Day: 15, YearOffset: -1),
        new(CycleStep.Kaderbrief, Wgr2022, null, "art. 34b Wgr", TermKind.BeforeFixedDay, Month: 4, Day: 30, YearOffset: -1),

        // Draft budget to the councils: art. 35 lid 1.
        new(CycleStep.OntwerpbegrotingNaarRaden, Always, Until2015, "art. 35 lid 1 Wgr", TermKind.WeeksBeforeMeeting, Weeks: 6),
        new(CycleStep.OntwerpbegrotingNaarRaden, Wgr2015, Until2022, "art. 35 lid 1 Wgr", TermKind.WeeksBeforeMeeting, Weeks: 8),
        new(CycleStep.OntwerpbegrotingNaarRaden, Wgr2022, null, "art. 35 lid 1 Wgr", TermKind.WeeksBeforeMeeting, Weeks: 12),

        // Zienswijze of the councils: art. 35 lid 3, within the period of lid 1.
        new(CycleStep.Zienswijzen, Always, Until2015, "art. 35 lid 3 Wgr", TermKind.WeeksAfterSending, Weeks: 6),
        new(CycleStep.Zienswijzen, Wgr2015, Until2022, "art. 35 lid 3 Wgr", TermKind.WeeksAfterSending, Weeks: 8),
        new(CycleStep.Zienswijzen, Wgr2022, null, "art. 35 lid 3 Wgr", TermKind.WeeksAfterSending, Weeks: 12),

        // AB adopts the budget in the year before the budget year: art. 34 lid 1.
        new(CycleStep.BegrotingVastgesteld, Always, null, "art. 34 lid 1 Wgr", TermKind.BeforeFixedDay, Month: 1, Day: 1, YearOffset: 0),

        // Adopted budget to GS: art. 34 lid 2.
        new(CycleStep.BegrotingNaarGs, Always, Until2015, "art. 34 lid 2 Wgr", TermKind.WeeksAfterMeetingAndBeforeFixedDay, Weeks: 2, Month: 7, Day: 15, YearOffset: -1),
        new(CycleStep.BegrotingNaarGs, Wgr2015, Until2022, "art. 34 lid 2 Wgr", TermKind.WeeksAfterMeetingAndBeforeFixedDay, Weeks: 2, Month: 8, Day: 1, YearOffset: -1),
        new(CycleStep.BegrotingNaarGs, Wgr2022, null, "art. 34 lid 2 Wgr", TermKind.WeeksAfterMeetingAndBeforeFixedDay, Weeks: 2, Month: 9, Day: 15, YearOffset: -1),

        // Provisional annual accounts to the councils: art. 34b (with the kaderbrief of the next cycle).
        new(CycleStep.VoorlopigeJaarrekening, Wgr2015, Until2022, "art. 34b Wgr", TermKind.BeforeFixedDay, Month: 4, Day: 15, YearOffset: 1),
        new(CycleStep.VoorlopigeJaarrekening, Wgr2022, null, "art. 34b Wgr", TermKind.BeforeFixedDay, Month: 4, Day: 30, YearOffset: 1),

        // Annual accounts to GS: art. 34a (2015), before 15 July of the following year.
        new(CycleStep.JaarrekeningNaarGs, Wgr2015, null, "art. 34a Wgr", TermKind.BeforeFixedDay, Month: 7, Day: 15, YearOffset: 1),
    ];

    /// <summary>The legal forms with a body that runs the Wgr budget cycle (an openbaar lichaam, BVO or gemeenschappelijk orgaan),
    /// plus Wgr arrangements whose form is not yet known (shown flagged).</summary>
    public static bool HasBudgetCycle(LegalForm form) => form is LegalForm.OpenbaarLichaam or LegalForm.Bedrijfsvoeringsorganisatie
        or LegalForm.GemeenschappelijkOrgaan or LegalForm.WgrOnbekend;

    public static string Label(this CycleStep s) => s switch
    {
        CycleStep.Kaderbrief => "Kaderbrief naar de raden",
        CycleStep.OntwerpbegrotingNaarRaden => "Ontwerpbegroting naar de raden",
        CycleStep.Zienswijzen => "Zienswijze van de raden op de ontwerpbegroting",
        CycleStep.BegrotingVastgesteld => "Algemeen bestuur stelt de begroting vast",
        CycleStep.BegrotingNaarGs => "Vastgestelde begroting naar Gedeputeerde Staten",
        CycleStep.VoorlopigeJaarrekening => "Voorlopige jaarrekening naar de raden",
        _ => "Jaarrekening naar Gedeputeerde Staten",
    };

    /// <summary>Stable kebab-case id of a step for the API, ICS UIDs and URLs.</summary>
    public static string Id(this CycleStep s) => s switch
    {
        CycleStep.Kaderbrief => "kaderbrief",
        CycleStep.OntwerpbegrotingNaarRaden => "ontwerpbegroting",
        CycleStep.Zienswijzen => "zienswijzen",
        CycleStep.BegrotingVastgesteld => "vaststelling-begroting",
        CycleStep.BegrotingNaarGs => "begroting-naar-gs",
        CycleStep.VoorlopigeJaarrekening => "voorlopige-jaarrekening",
        _ => "jaarrekening-naar-gs",
    };
}
