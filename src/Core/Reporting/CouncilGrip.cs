namespace Verbonden.Core.Reporting;

/// <summary>How closely the councils are involved (Overijssel 2014, seed 003): in the back seat, beside the driver, or driving.</summary>
public enum CouncilRole { Onbekend, Achterbank, Bijrijder, Bestuurder }

/// <summary>
/// What the council needs to steer one arrangement: its role, the instruments in use, the answers to the six
/// questions of the handreiking "Grip op regionale samenwerking", and the agreed evaluation interval.
/// </summary>
public sealed class CouncilGrip
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public CouncilRole Role { get; set; }
    /// <summary>Councils may give a zienswijze on budget and regeling (art. 35 Wgr; since 1 July 2022 also on a draft regeling).</summary>
    public bool UsesZienswijze { get; set; }
    /// <summary>Active information duty of the board towards the councils (art. 17 Wgr).</summary>
    public bool UsesInformationDuty { get; set; }
    /// <summary>Joint right of inquiry of the councils (Wgr, since 1 July 2022; article to be checked against the law text).</summary>
    public bool UsesInquiry { get; set; }
    /// <summary>A gemeenschappelijke adviescommissie of council members (Wgr, since 1 July 2022; article to be checked against the law text).</summary>
    public bool UsesAdvisoryCommittee { get; set; }
    /// <summary>Nut en noodzaak: why the arrangement is needed, for the start of a council term.</summary>
    public string? Necessity { get; set; }
    public string? Vision { get; set; }
    public string? CouncilPosition { get; set; }
    public string? Steering { get; set; }
    public string? Control { get; set; }
    public string? RisksAndExit { get; set; }
    public string? Monitoring { get; set; }
    /// <summary>The evaluation interval agreed in the regeling, in years; null = not agreed.</summary>
    public int? EvaluationIntervalYears { get; set; }
    public DateOnly? LastEvaluationOn { get; set; }

    /// <summary>The six questions in order, with their Dutch wording and the recorded answer (null = a gap).</summary>
    public IReadOnlyList<(string Key, string Question, string? Answer)> SixQuestions =>
    [
        ("visie", "Visie: welke visie heeft de gemeente op regionale samenwerking, en past deze regeling daarin?", Vision),
        ("positie", "Positie van de raad: welke rol neemt de raad in en hoe is die vastgelegd?", CouncilPosition),
        ("sturing", "Sturing: hoe stuurt de raad (kaders, zienswijzen, begroting)?", Steering),
        ("controle", "Controle: hoe controleert de raad (informatie, verantwoording, rekenkamer, onderzoek)?", Control),
        ("risico", "Risico's en uittreding: welke risico's loopt de gemeente en wat zijn de voorwaarden om uit te treden?", RisksAndExit),
        ("monitoring", "Monitoring: hoe worden prestaties gevolgd en wanneer wordt de regeling geëvalueerd?", Monitoring),
    ];

    public static string Label(CouncilRole r) => r switch
    {
        CouncilRole.Achterbank => "Achterbank: de raad wordt geïnformeerd",
        CouncilRole.Bijrijder => "Bijrijder: de raad stelt kaders en geeft zienswijzen",
        CouncilRole.Bestuurder => "Bestuurder: de raad stuurt actief mee",
        _ => "Niet vastgelegd",
    };

    public void Validate()
    {
        if (EvaluationIntervalYears is < 1 or > 20) throw new DomainException("Het evaluatie-interval ligt tussen 1 en 20 jaar.", nameof(EvaluationIntervalYears));
    }
}
