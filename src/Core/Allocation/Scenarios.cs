namespace Verbonden.Core.Allocation;

/// <summary>A what-if on the allocation: a participant leaves or joins, or a measure changes.</summary>
public abstract record Scenario(string Name);

/// <summary>
/// A participant leaves (uittreding). It pays its share of the frictional costs (staff, stranded commitments)
/// in <see cref="Years"/> yearly instalments from <see cref="FirstYear"/>; the staff it takes over reduces that bill.
/// </summary>
public sealed record ExitScenario(string Name, string ParticipantId, decimal FrictionalCosts, int Years, decimal StaffTakenOver, int FirstYear) : Scenario(Name);

/// <summary>A participant joins (toetreding) with its measures; it takes part in every line without a subset.</summary>
public sealed record JoinScenario(string Name, Participant Participant) : Scenario(Name);

/// <summary>One participant's measure takes a new value.</summary>
public sealed record MeasureScenario(string Name, string ParticipantId, string Measure, decimal Value) : Scenario(Name);

/// <summary>Before and after for one participant; 0 before for a joiner, 0 after for a leaver.</summary>
public sealed record ScenarioRow(string Id, string Name, decimal Before, decimal After)
{
    public decimal Difference => After - Before;
}

/// <summary>The leaver's bill: its share of the frictional costs less the staff it takes over, in instalments.</summary>
public sealed record ExitBill(
    string ParticipantId, decimal PoolShare, decimal FrictionalCosts, decimal LeaverPart, decimal StaffTakenOver,
    decimal Bill, IReadOnlyList<(int Year, decimal Amount)> Instalments);

public sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<ScenarioRow> Participants, AllocationResult After, ExitBill? Exit)
{
    public decimal TotalBefore => Participants.Sum(p => p.Before);
    public decimal TotalAfter => Participants.Sum(p => p.After);
}

/// <summary>Runs scenarios against a base allocation.</summary>
/// <remarks>
/// <para>Exit: the leaver is removed from every line. Lines that divide an amount (key, equal, percentage, share,
/// profit) divide the same amount over the remaining participants, so their shares rise; percentages are
/// re-weighted over the remaining participants. Tariff, per-capita and budget lines lose the leaver's volume.
/// A line whose subset held only the leaver ends.</para>
/// <para>The leaver's part of the frictional costs is its share of the pooled contributions before the exit
/// (<see cref="Money.Split"/> of the costs over leaver and the others). The staff it takes over is deducted from
/// that part; the bill is never negative and is divided into equal yearly instalments, earlier years first on a
/// leftover cent.</para>
/// </remarks>
public static class Scenarios
{
    public static ScenarioResult Run(AllocationInput input, AllocationResult before, Scenario scenario)
    {
        AllocationResult after;
        try
        {
            after = CostAllocator.Allocate(Apply(input, scenario));
        }
        catch (DomainException failure)
        {
            throw new DomainException($"Scenario '{scenario.Name}': {failure.Message}", failure.Field);
        }
        var rows = new List<ScenarioRow>();
        foreach (var p in before.Participants)
            rows.Add(new ScenarioRow(p.Id, p.Name, p.Total, after.Find(p.Id)?.Total ?? 0m));
        foreach (var p in after.Participants.Where(a => before.Find(a.Id) is null))
            rows.Add(new ScenarioRow(p.Id, p.Name, 0m, p.Total));
        var exit = scenario is ExitScenario e ? Bill(before, e) : null;
        return new ScenarioResult(scenario, rows, after, exit);
    }

    /// <summary>The input as it would be under the scenario.</summary>
    public static AllocationInput Apply(AllocationInput input, Scenario scenario) => scenario switch
    {
        ExitScenario e => Without(input, e.ParticipantId),
        JoinScenario j => input with { Participants = [.. input.Participants, j.Participant] },
        MeasureScenario m => input with
        {
            Participants = [.. input.Participants.Select(p => p.Id != m.ParticipantId ? p
                : p with { Measures = new Dictionary<string, decimal>(p.Measures, StringComparer.Ordinal) { [m.Measure] = m.Value } })],
        },
        _ => throw new ArgumentException($"Unknown scenario {scenario.GetType().Name}.", nameof(scenario)),
    };

    static AllocationInput Without(AllocationInput input, string id) => input with
    {
        Participants = [.. input.Participants.Where(p => p.Id != id)],
        Lines = [.. input.Lines
            .Where(l => l.Only is null || l.Only.Any(o => o != id))
            .Select(l => l with
            {
                Only = l.Only is null ? null : [.. l.Only.Where(o => o != id)],
                Percentages = l.Percentages.Where(p => p.Key != id).ToDictionary(),
                Budgets = l.Budgets.Where(p => p.Key != id).ToDictionary(),
            })],
    };

    static ExitBill Bill(AllocationResult before, ExitScenario e)
    {
        var leaver = before.Find(e.ParticipantId)
            ?? throw new DomainException($"Scenario '{e.Name}': participant '{e.ParticipantId}' does not take part.");
        var others = before.Participants.Where(p => p.Id != e.ParticipantId).Sum(p => p.Pooled);
        if (leaver.Pooled < 0 || others < 0 || leaver.Pooled + others == 0)
            throw new DomainException($"Scenario '{e.Name}': the pooled contributions give no share to divide the frictional costs by.");
        var share = leaver.Pooled / (leaver.Pooled + others);
        var leaverPart = e.FrictionalCosts == 0 ? 0m : Money.Split(e.FrictionalCosts, [leaver.Pooled, others])[0];
        var bill = Math.Max(0m, leaverPart - e.StaffTakenOver);
        var instalments = bill == 0
            ? Enumerable.Range(0, e.Years).Select(k => (e.FirstYear + k, 0m)).ToList()
            : Money.Split(bill, Enumerable.Repeat(1m, e.Years).ToArray()).Select((a, k) => (e.FirstYear + k, a)).ToList();
        return new ExitBill(e.ParticipantId, share, e.FrictionalCosts, leaverPart, e.StaffTakenOver, bill, instalments);
    }
}
