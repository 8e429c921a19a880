namespace Verbonden.Core.Allocation;

/// <summary>What each participant pays per line, with totals. Positive amounts are paid, negative amounts received.</summary>
public sealed record AllocationResult(
    int Year,
    IReadOnlyList<ParticipantAllocation> Participants,
    IReadOnlyList<LineAllocation> Lines,
    IReadOnlyList<CustomerCharge> Customers)
{
    public decimal Total { get; } = Lines.Sum(l => l.Total);
    public decimal PooledTotal { get; } = Lines.Where(l => l.Kind == LineKind.Structural).Sum(l => l.Total);

    public ParticipantAllocation? Find(string id) => Participants.FirstOrDefault(p => p.Id == id);
}

/// <summary>
/// One participant's amounts, in the order of <see cref="AllocationResult.Lines"/>, their <see cref="Total"/>, and the
/// part of it on structural lines (<see cref="Pooled"/>, the shared pool).
/// </summary>
public sealed record ParticipantAllocation(string Id, string Name, IReadOnlyList<decimal> Amounts, decimal Total, decimal Pooled)
{
    /// <summary>The part on one-off and disentanglement lines, outside the pool.</summary>
    public decimal OutsidePool => Total - Pooled;
}

public sealed record LineAllocation(string Name, Method Method, LineKind Kind, decimal Total);

/// <summary>What an external (non-participant) customer pays on an external line, and the margin in it.</summary>
public sealed record CustomerCharge(string Line, string Name, decimal Volume, decimal Amount, decimal Margin);

/// <summary>Divides the budget lines of an <see cref="AllocationInput"/> over its participants.</summary>
/// <remarks>
/// <para>Every division goes through <see cref="Money.Split"/>: largest remainder on whole cents, ties broken by
/// the order of the participants in the input, so each line's parts add up exactly to the line.</para>
/// <para>Tariff and per-capita lines are not divisions: each participant's amount is tariff × its own volume,
/// rounded to cents, and the line total is the sum of those amounts.</para>
/// <para>External lines credit the participants with the margin the work organisation makes on non-participant
/// customers (tariff × surcharge × volume, each customer rounded to cents), divided by the line's measure or,
/// without one, in equal shares. Profit lines pay the amount out by the measure; both show as negative amounts.</para>
/// </remarks>
public static class CostAllocator
{
    /// <summary>Allocates every line. Pure; throws <see cref="DomainException"/> naming the line when a division has no weight.</summary>
    public static AllocationResult Allocate(AllocationInput input)
    {
        var ps = input.Participants;
        var n = ps.Count;
        var amounts = new decimal[n][];
        for (var i = 0; i < n; i++) amounts[i] = new decimal[input.Lines.Count];
        var lines = new LineAllocation[input.Lines.Count];
        var customers = new List<CustomerCharge>();
        var measures = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        var column = new decimal[n];

        for (var l = 0; l < input.Lines.Count; l++)
        {
            var line = input.Lines[l];
            var members = Members(input, line);
            Array.Clear(column);
            AllocateLine(input, line, members, column, customers, measures);
            var total = 0m;
            for (var i = 0; i < n; i++) { amounts[i][l] = column[i]; total += column[i]; }
            lines[l] = new LineAllocation(line.Name, line.Method, line.Kind, total);
        }

        var result = new ParticipantAllocation[n];
        for (var i = 0; i < n; i++)
        {
            decimal pooled = 0m, total = 0m;
            for (var l = 0; l < lines.Length; l++)
            {
                total += amounts[i][l];
                if (lines[l].Kind == LineKind.Structural) pooled += amounts[i][l];
            }
            result[i] = new ParticipantAllocation(ps[i].Id, ps[i].Name, amounts[i], total, pooled);
        }
        return new AllocationResult(input.Year, result, lines, customers);
    }

    static int[] Members(AllocationInput input, Line line)
    {
        if (line.Only is null)
        {
            var all = new int[input.Participants.Count];
            for (var i = 0; i < all.Length; i++) all[i] = i;
            return all;
        }
        // Input order, not the order of the subset list: ties are broken by the participants' order.
        var only = line.Only as ISet<string> ?? new HashSet<string>(line.Only, StringComparer.Ordinal);
        var members = new List<int>(line.Only.Count);
        for (var i = 0; i < input.Participants.Count; i++)
            if (only.Contains(input.Participants[i].Id)) members.Add(i);
        return [.. members];
    }

    static void AllocateLine(AllocationInput input, Line line, int[] members, decimal[] column,
        List<CustomerCharge> customers, Dictionary<string, decimal[]> measures)
    {
        var ps = input.Participants;
        switch (line.Method)
        {
            case Method.Key or Method.Share:
                Divide(line, line.Amount, members, Measure(input, line, measures), column, 1m);
                break;
            case Method.Profit:
                Divide(line, line.Amount, members, Measure(input, line, measures), column, -1m);
                break;
            case Method.Equal:
                Divide(line, line.Amount, members, null, column, 1m);
                break;
            case Method.Percentage:
            {
                var weights = new decimal[ps.Count];
                foreach (var i in members) weights[i] = line.Percentages.GetValueOrDefault(ps[i].Id);
                Divide(line, line.Amount, members, weights, column, 1m);
                break;
            }
            case Method.Tariff or Method.PerCapita:
            {
                var volume = Measure(input, line, measures);
                foreach (var i in members) column[i] = Money.Round(line.Tariff * volume[i]);
                break;
            }
            case Method.Budget:
                foreach (var i in members) column[i] = line.Budgets.GetValueOrDefault(ps[i].Id);
                break;
            case Method.External:
            {
                var margin = 0m;
                foreach (var c in line.Customers)
                {
                    var cost = Money.Round(line.Tariff * c.Volume);
                    var charged = Money.Round(line.Tariff * (1m + line.Surcharge / 100m) * c.Volume);
                    customers.Add(new CustomerCharge(line.Name, c.Name, c.Volume, charged, charged - cost));
                    margin += charged - cost;
                }
                var weights = line.Measure is null ? null : Measure(input, line, measures);
                Divide(line, margin, members, weights, column, -1m);
                break;
            }
            default:
                throw new DomainException($"Line '{line.Name}': method {line.Method} is not supported.");
        }
    }

    /// <summary>Splits <paramref name="amount"/> over the members by their weights (equal when null), times <paramref name="sign"/>.</summary>
    static void Divide(Line line, decimal amount, int[] members, decimal[]? weights, decimal[] column, decimal sign)
    {
        if (members.Length == 0) return;
        var rented = System.Buffers.ArrayPool<decimal>.Shared.Rent(2 * members.Length);
        var w = rented.AsSpan(0, members.Length);
        var any = false;
        for (var k = 0; k < members.Length; k++)
        {
            w[k] = weights is null ? 1m : weights[members[k]];
            any |= w[k] > 0;
        }
        if (!any)
            throw new DomainException(line.Measure is null
                ? $"Line '{line.Name}': the percentages of its participants are all zero."
                : $"Line '{line.Name}': measure '{line.Measure}' is zero for every participant of the line.");
        var parts = rented.AsSpan(members.Length, members.Length);
        Money.SplitInto(amount, w, parts);
        for (var k = 0; k < members.Length; k++) column[members[k]] = sign < 0 ? -parts[k] : parts[k];
        System.Buffers.ArrayPool<decimal>.Shared.Return(rented);
    }

    /// <summary>The line's measure for every participant (0 where absent), cached per measure name.</summary>
    static decimal[] Measure(AllocationInput input, Line line, Dictionary<string, decimal[]> cache)
    {
        var name = line.Measure ?? throw new DomainException($"Line '{line.Name}': method {line.Method.Name()} needs a measure.");
        if (cache.TryGetValue(name, out var values)) return values;
        values = new decimal[input.Participants.Count];
        for (var i = 0; i < values.Length; i++) values[i] = input.Participants[i].Measures.GetValueOrDefault(name);
        cache[name] = values;
        return values;
    }
}
