using Verbonden.Core.LegalForms;

namespace Verbonden.Core.Tests.LegalForms;

/// <summary>Builds advisor inputs for tests: two municipalities sharing one operational college task, unless told otherwise.</summary>
public sealed record AdviceBuilder
{
    public List<AdviceParticipant> Participants { get; init; } = [new("Gemeente A", ParticipantType.Gemeente), new("Gemeente B", ParticipantType.Gemeente)];
    public List<AdviceTask> Tasks { get; init; } = [new("ICT", TaskKind.Bedrijfsvoering, PowerHolder.College, false, false)];
    public bool OwnEmployer { get; init; }
    public List<Goal> Goals { get; init; } = [];
    public CouncilRole? CouncilRole { get; init; }
    public Dictionary<string, decimal> Weights { get; init; } = [];
    public DateOnly Date { get; init; } = new(2026, 1, 1);

    public AdviceBuilder WithTask(TaskKind kind = TaskKind.Bedrijfsvoering, PowerHolder holder = PowerHolder.College, bool regulatory = false, bool coGovernance = false) =>
        this with { Tasks = [new("Taak", kind, holder, regulatory, coGovernance)] };

    public AdviceBuilder WithParticipant(ParticipantType type, string name = "Partner") =>
        this with { Participants = [.. Participants, new(name, type)] };

    public AdviceInput Build() => new(Participants, Tasks, OwnEmployer, Goals, CouncilRole, Weights, Date);

    public AdviceResult Advise() => LegalFormAdvisor.Advise(Build(), Date);
}
