namespace Verbonden.Core.Law;

/// <summary>
/// A provision of law (or a documented soft rule) as the engine applies it: where it is found, what it says in
/// plain Dutch, and the period in which it applies.
/// </summary>
/// <remarks>
/// Both ends of the period are inclusive; <see cref="ValidTo"/> null means the provision still applies. A case is
/// judged under the provisions that apply on its own date, so a 2013 case and a 2026 case get different answers.
/// </remarks>
/// <param name="Article">Citation as a jurist writes it, e.g. "Wgr art. 8 lid 2" or "Awb 10:3 lid 2".</param>
/// <param name="Text">What the provision requires, in Dutch.</param>
public sealed record Provision(string Article, string Text, DateOnly ValidFrom, DateOnly? ValidTo = null)
{
    public bool AppliesOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

/// <summary>The dates on which the laws the engine applies, and their amendments, took effect.</summary>
public static class LawDates
{
    /// <summary>Wet gemeenschappelijke regelingen of 20 December 1984 in force.</summary>
    public static readonly DateOnly Wgr1985 = new(1985, 1, 1);
    /// <summary>Awb second tranche, with title 10.1 (mandaat, delegatie).</summary>
    public static readonly DateOnly AwbMandaat = new(1994, 1, 1);
    /// <summary>The Wet op de ondernemingsraden applies to the government sector.</summary>
    public static readonly DateOnly WorOverheid = new(1995, 3, 1);
    /// <summary>Wgr amendment (Kamerstuk 33597): bedrijfsvoeringsorganisatie, centrumgemeenteregeling, dualisation of the OL.</summary>
    public static readonly DateOnly Wgr2015 = new(2015, 1, 1);
    /// <summary>Wgr amendment strengthening democratic legitimacy (Stb. 2022, 18; Kamerstuk 35513).</summary>
    public static readonly DateOnly Wgr2022 = new(2022, 7, 1);
    /// <summary>Existing regelingen had to carry the 2022 provisions by this date (transitional law).</summary>
    public static readonly DateOnly Wgr2022Transition = new(2024, 7, 1);
    /// <summary>The day before the 2015 amendment: last day of the old text.</summary>
    public static readonly DateOnly Before2015 = new(2014, 12, 31);
}
