using Verbonden.Core.Law;
using Verbonden.Core.Register;
using L = Verbonden.Core.Register.LegalForm;

namespace Verbonden.Core.Governance;

public enum ProvisionStatus { Present, Missing, Unknown }

/// <summary>A provision the regeling must contain, for the forms it names, from a date (and for existing regelingen, by a transition date).</summary>
public sealed record RequiredProvision(string Id, Provision Basis, IReadOnlyList<L> Forms, DateOnly? TransitionUntil = null);

/// <summary>One line of the checklist for an arrangement: the provision and whether the regeling contains it.</summary>
public sealed record ChecklistItem(string Id, string Article, string Text, ProvisionStatus Status, DateOnly RequiredFrom, DateOnly? TransitionUntil);

/// <summary>
/// The provisions a gemeenschappelijke regeling must contain: Wgr art. 9 (change, entry, exit, dissolution,
/// liquidation), art. 10 (interests served), art. 16–17 (information and accountability), and the additions of
/// 1 July 2022, which existing regelingen had to take in by 1 July 2024.
/// </summary>
/// <remarks>
/// The article numbers of the 2022 additions (zienswijze, participatie, evaluatie, gevolgen van uittreding) follow the
/// amendment's structure as understood at the time of writing; check them against wetten.overheid.nl (BWBR0003740).
/// </remarks>
public static class RegelingChecklist
{
    static readonly IReadOnlyList<L> Wgr = [L.OpenbaarLichaam, L.GemeenschappelijkOrgaan, L.Bedrijfsvoeringsorganisatie, L.Centrumgemeente, L.RegelingZonderMeer];
    static readonly IReadOnlyList<L> WithBoard = [L.OpenbaarLichaam, L.GemeenschappelijkOrgaan, L.Bedrijfsvoeringsorganisatie];

    public static readonly IReadOnlyList<RequiredProvision> All =
    [
        new("wijziging", new("Wgr art. 9 lid 1", "Bepalingen over de wijziging van de regeling.", LawDates.Wgr1985), Wgr),
        new("toetreding", new("Wgr art. 9 lid 1", "Bepalingen over toetreding tot de regeling.", LawDates.Wgr1985), Wgr),
        new("uittreding", new("Wgr art. 9 lid 1", "Bepalingen over uittreding uit de regeling.", LawDates.Wgr1985), Wgr),
        new("opheffing", new("Wgr art. 9 lid 1", "Bepalingen over de opheffing van de regeling.", LawDates.Wgr1985), Wgr),
        new("liquidatie", new("Wgr art. 9 lid 2", "Bepalingen over de vereffening van het vermogen van het openbaar lichaam bij opheffing.", LawDates.Wgr1985), [L.OpenbaarLichaam]),
        new("belangen", new("Wgr art. 10", "De belangen ter behartiging waarvan de regeling is getroffen.", LawDates.Wgr1985), Wgr),
        new("inlichtingen-leden", new("Wgr art. 16", "Hoe leden van het algemeen bestuur inlichtingen geven aan en verantwoording afleggen aan de raad of het college dat hen aanwees.", LawDates.Wgr1985), WithBoard),
        new("ontslag-leden", new("Wgr art. 16 lid 5", "Ontslag van een lid van het algemeen bestuur dat het vertrouwen van de raad niet meer bezit.", LawDates.Wgr1985), [L.OpenbaarLichaam, L.GemeenschappelijkOrgaan]),
        new("inlichtingen-raden", new("Wgr art. 17", "Hoe het bestuur de raden van de deelnemers inlichtingen geeft.", LawDates.Wgr1985), WithBoard),
        new("uittreding-gevolgen", new("Wgr art. 9 lid 1", "Bij uittreding: hoe de financiële en andere gevolgen worden bepaald en wie ze draagt.", LawDates.Wgr2022), Wgr, LawDates.Wgr2022Transition),
        new("evaluatie", new("Wgr art. 9", "Evaluatie van de regeling, ten minste eens in de vier jaar.", LawDates.Wgr2022), Wgr, LawDates.Wgr2022Transition),
        new("zienswijze-besluiten", new("Wgr art. 10", "De besluiten van het bestuur waarover de raden een zienswijze kunnen geven, en hoe.", LawDates.Wgr2022), WithBoard, LawDates.Wgr2022Transition),
        new("participatie", new("Wgr art. 10", "Hoe inwoners en belanghebbenden worden betrokken bij de voorbereiding, uitvoering en evaluatie van beleid.", LawDates.Wgr2022), WithBoard, LawDates.Wgr2022Transition),
    ];

    /// <summary>The checklist for the form and date of <paramref name="input"/>, and a finding for every provision known to be missing.</summary>
    public static (IReadOnlyList<ChecklistItem> Items, IReadOnlyList<Finding> Findings) Evaluate(GovernanceInput input, DateOnly day)
    {
        var items = new List<ChecklistItem>();
        var findings = new List<Finding>();
        foreach (var p in All.Where(p => p.Forms.Contains(input.Form) && p.Basis.AppliesOn(day)))
        {
            var status = input.Provisions is { } recorded && recorded.TryGetValue(p.Id, out var present)
                ? present ? ProvisionStatus.Present : ProvisionStatus.Missing
                : ProvisionStatus.Unknown;
            items.Add(new(p.Id, p.Basis.Article, p.Basis.Text, status, p.Basis.ValidFrom, p.TransitionUntil));
            if (status != ProvisionStatus.Missing) continue;
            findings.Add(p.TransitionUntil is { } due && day < due
                ? new(Severity.Info, $"regeling-{p.Id}", p.Basis.Article, $"De regeling moet uiterlijk {due.ToString("d MMMM yyyy", Dutch)} ook dit bevatten: {Lower(p.Basis.Text)}")
                : new(Severity.Warning, $"regeling-{p.Id}", p.Basis.Article, $"De regeling mist: {Lower(p.Basis.Text)}"));
        }
        return (items, findings);
    }

    static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
