namespace Verbonden.Core.LegalForms;

/// <summary>The kind of organisation taking part (the advisor's view; the register has <c>OrganisationType</c>).</summary>
public enum ParticipantType { Gemeente, Provincie, Waterschap, Rijk, Private }

/// <summary>The province of Overijssel's three task types (seed 003 §4.2).</summary>
public enum TaskKind { Bedrijfsvoering, Beleidsuitvoering, Beleidsvorming }

/// <summary>Which body of the participants holds the public-law power the task needs; <see cref="Geen"/> when it needs none.</summary>
public enum PowerHolder { Geen, Raad, College, Burgemeester }

/// <summary>The five K's: why the participants cooperate (seed 003 §4.2, criterion Doel).</summary>
public enum Goal { Kwaliteit, Kosten, Kwetsbaarheid, KansenMedewerkers, KrachtInDeRegio }

/// <summary>The three council roles of the Vereniging van Griffiers (seed 003 §4.2, criterion Betrokkenheid raad).</summary>
public enum CouncilRole { Achterbank, Bijrijder, Bestuurder }

public sealed record AdviceParticipant(string Name, ParticipantType Type);

/// <param name="Regulatory">The task includes making generally binding rules (algemeen verbindende voorschriften, verordeningen).</param>
/// <param name="CoGovernance">A medebewind task: imposed on the participants by higher law (Gemeentewet art. 108 lid 2).</param>
public sealed record AdviceTask(string Name, TaskKind Kind, PowerHolder PowerHolder, bool Regulatory, bool CoGovernance);

/// <summary>What the participants want to share and why: the input of <see cref="LegalFormAdvisor"/>.</summary>
/// <param name="OwnEmployer">The cooperation must employ its own staff and sign contracts in its own name.</param>
/// <param name="CouncilRole">The role the councils want; null when the participants have not chosen.</param>
/// <param name="Weights">Weights per criterion id (see <see cref="Criteria"/>); missing criteria keep their default weight.</param>
/// <param name="Date">The day whose law applies; null means today.</param>
public sealed record AdviceInput(
    IReadOnlyList<AdviceParticipant> Participants,
    IReadOnlyList<AdviceTask> Tasks,
    bool OwnEmployer,
    IReadOnlyList<Goal> Goals,
    CouncilRole? CouncilRole,
    IReadOnlyDictionary<string, decimal> Weights,
    DateOnly? Date = null)
{
    public bool AnyTask(Func<AdviceTask, bool> predicate) => Tasks.Any(predicate);
    public bool AnyParticipant(Func<AdviceParticipant, bool> predicate) => Participants.Any(predicate);
    public bool NeedsPower => Tasks.Any(t => t.PowerHolder != PowerHolder.Geen);
}
