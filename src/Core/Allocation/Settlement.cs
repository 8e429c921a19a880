namespace Verbonden.Core.Allocation;

/// <summary>How the year-end result is handled (seed 000 §4.2, "Egaliseren of juist niet?").</summary>
public enum SettlementMethod
{
    /// <summary>Every surplus or deficit is settled with the participants.</summary>
    Settle,
    /// <summary>The pool's result runs through an equalisation reserve; above the ceiling the excess is refunded.</summary>
    Reserve,
}

/// <summary>
/// The realised year: actual amounts per line and actual measures per participant, which replace the budgeted
/// ones, and the policy for the difference.
/// </summary>
public sealed record SettlementInput(SettlementMethod Method)
{
    /// <summary>Actual amount per line name; lines not named keep their budgeted amount.</summary>
    public IReadOnlyDictionary<string, decimal> ActualAmounts { get; init; } = new Dictionary<string, decimal>();
    /// <summary>Actual measures (volumes) per participant id; measures not named keep their budgeted value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> ActualMeasures { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, decimal>>();
    /// <summary>Balance of the equalisation reserve at the start of the year.</summary>
    public decimal ReserveBalance { get; init; }
    /// <summary>Ceiling of the reserve; null = no ceiling.</summary>
    public decimal? ReserveCeiling { get; init; }
    /// <summary>Measure by which an excess or shortfall of the reserve is divided; null = by the provisional pooled contributions.</summary>
    public string? ReserveMeasure { get; init; }
}

/// <summary>One participant's year end: a positive <see cref="Settled"/> is paid in addition, a negative one refunded.</summary>
public sealed record SettlementRow(string Id, string Name, decimal Provisional, decimal Actual, decimal Settled)
{
    public decimal Difference => Actual - Provisional;
}

/// <summary>The movement of the equalisation reserve. <see cref="Result"/> is the pool's surplus (positive) or deficit (negative).</summary>
public sealed record ReserveMovement(decimal Opening, decimal Result, decimal Closing, decimal? Ceiling, decimal Excess, decimal Shortfall);

public sealed record SettlementResult(SettlementMethod Method, IReadOnlyList<SettlementRow> Participants, AllocationResult Actual, ReserveMovement? Reserve)
{
    public decimal ProvisionalTotal => Participants.Sum(p => p.Provisional);
    public decimal ActualTotal => Participants.Sum(p => p.Actual);
    public decimal SettledTotal => Participants.Sum(p => p.Settled);
}

/// <summary>Year end: provisional contributions against actual cost.</summary>
/// <remarks>
/// <para>The actual allocation is the same input with the actual line amounts and actual measures; budget lines
/// ("vast budget, in principe zonder afrekening") therefore do not change, tariff lines follow the actual volume.</para>
/// <para>With <see cref="SettlementMethod.Settle"/> each participant settles actual − provisional.</para>
/// <para>With <see cref="SettlementMethod.Reserve"/> the pool's result (provisional − actual on structural lines) is
/// added to the reserve. What rises above the ceiling is refunded, and what would take the reserve below zero is
/// charged, divided by the reserve key with <see cref="Money.Split"/>. One-off and disentanglement lines are
/// outside the pool: their differences are always settled directly.</para>
/// </remarks>
public static class Settlement
{
    public static SettlementResult Settle(AllocationInput input, AllocationResult provisional)
    {
        var s = input.Settlement ?? throw new ArgumentException("The input has no settlement.", nameof(input));
        var actualInput = ActualInput(input, s);
        var actual = CostAllocator.Allocate(actualInput);
        var n = input.Participants.Count;
        var settled = new decimal[n];
        ReserveMovement? reserve = null;

        if (s.Method == SettlementMethod.Settle)
        {
            for (var i = 0; i < n; i++) settled[i] = actual.Participants[i].Total - provisional.Participants[i].Total;
        }
        else
        {
            for (var i = 0; i < n; i++) settled[i] = actual.Participants[i].OutsidePool - provisional.Participants[i].OutsidePool;
            var result = provisional.PooledTotal - actual.PooledTotal;
            var closing = s.ReserveBalance + result;
            decimal excess = 0, shortfall = 0;
            if (s.ReserveCeiling is { } ceiling && closing > ceiling) { excess = closing - ceiling; closing = ceiling; }
            else if (closing < 0) { shortfall = -closing; closing = 0; }
            if (excess != 0 || shortfall != 0)
            {
                var parts = Money.Split(excess - shortfall, ReserveKey(actualInput, provisional, s));
                for (var i = 0; i < n; i++) settled[i] -= parts[i];
            }
            reserve = new ReserveMovement(s.ReserveBalance, result, closing, s.ReserveCeiling, excess, shortfall);
        }

        var rows = new SettlementRow[n];
        for (var i = 0; i < n; i++)
            rows[i] = new SettlementRow(input.Participants[i].Id, input.Participants[i].Name,
                provisional.Participants[i].Total, actual.Participants[i].Total, settled[i]);
        return new SettlementResult(s.Method, rows, actual, reserve);
    }

    /// <summary>The input with the actual amounts and measures in place of the budgeted ones.</summary>
    public static AllocationInput ActualInput(AllocationInput input, SettlementInput s) => input with
    {
        Participants = [.. input.Participants.Select(p => s.ActualMeasures.TryGetValue(p.Id, out var m)
            ? p with { Measures = Merge(p.Measures, m) }
            : p)],
        Lines = [.. input.Lines.Select(l => s.ActualAmounts.TryGetValue(l.Name, out var a) ? l with { Amount = a } : l)],
    };

    static Dictionary<string, decimal> Merge(IReadOnlyDictionary<string, decimal> a, IReadOnlyDictionary<string, decimal> b)
    {
        var d = new Dictionary<string, decimal>(a, StringComparer.Ordinal);
        foreach (var (k, v) in b) d[k] = v;
        return d;
    }

    static decimal[] ReserveKey(AllocationInput actualInput, AllocationResult provisional, SettlementInput s)
    {
        var weights = s.ReserveMeasure is { } m
            ? actualInput.Participants.Select(p => p.Measures.GetValueOrDefault(m)).ToArray()
            : provisional.Participants.Select(p => p.Pooled).ToArray();
        if (weights.Any(w => w < 0) || weights.All(w => w == 0))
            throw new DomainException(s.ReserveMeasure is null
                ? "Settlement: the provisional pooled contributions cannot serve as the reserve key (negative or all zero); name a reserve measure."
                : $"Settlement: reserve measure '{s.ReserveMeasure}' is zero for every participant.");
        return weights;
    }
}
