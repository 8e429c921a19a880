namespace Verbonden.Core.Allocation;

/// <summary>
/// A budget period of <see cref="Years"/> years from the input's year. Amounts, budgets and tariffs rise by
/// <see cref="Indexation"/> percent a year; measures of later years come from <see cref="Measures"/>
/// (year → participant → measure), and otherwise carry over from the year before.
/// </summary>
public sealed record PeriodInput(int Years, decimal Indexation)
{
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> Measures { get; init; } =
        new Dictionary<int, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>>();
}

public sealed record PeriodRow(string Id, string Name, IReadOnlyList<decimal> Amounts)
{
    public decimal Total => Amounts.Sum();
}

public sealed record PeriodResult(IReadOnlyList<int> Years, IReadOnlyList<PeriodRow> Participants, IReadOnlyList<AllocationResult> PerYear)
{
    public IReadOnlyList<decimal> Totals => [.. PerYear.Select(y => y.Total)];
    public decimal Total => PerYear.Sum(y => y.Total);
}

/// <summary>Contributions per participant over a budget period.</summary>
/// <remarks>
/// Indexation compounds year on year and is rounded every year: amounts and budgets to cents, tariffs to four
/// decimals (amount(y+1) = round(amount(y) × (1 + index/100))). One-off and disentanglement lines fall in the
/// first year only. Each year is then allocated as a single year, so every year's parts add up exactly.
/// </remarks>
public static class MultiYear
{
    public static PeriodResult Allocate(AllocationInput input)
    {
        var period = input.Period ?? throw new ArgumentException("The input has no period.", nameof(input));
        var years = new List<int>();
        var results = new List<AllocationResult>();
        var current = input;
        for (var k = 0; k < period.Years; k++)
        {
            var year = input.Year + k;
            if (k > 0) current = Next(current, year, period);
            years.Add(year);
            results.Add(CostAllocator.Allocate(current));
        }
        var rows = input.Participants.Select((p, i) => new PeriodRow(p.Id, p.Name, [.. results.Select(r => r.Participants[i].Total)])).ToList();
        return new PeriodResult(years, rows, results);
    }

    static AllocationInput Next(AllocationInput previous, int year, PeriodInput period)
    {
        var factor = 1m + period.Indexation / 100m;
        period.Measures.TryGetValue(year, out var measures);
        return previous with
        {
            Year = year,
            Participants = [.. previous.Participants.Select(p => measures is not null && measures.TryGetValue(p.Id, out var m)
                ? p with { Measures = Merge(p.Measures, m) }
                : p)],
            Lines = [.. previous.Lines.Where(l => l.Kind == LineKind.Structural).Select(l => l with
            {
                Amount = Money.Round(l.Amount * factor),
                Tariff = Math.Round(l.Tariff * factor, 4, MidpointRounding.AwayFromZero),
                Budgets = l.Budgets.ToDictionary(b => b.Key, b => Money.Round(b.Value * factor)),
            })],
        };
    }

    static Dictionary<string, decimal> Merge(IReadOnlyDictionary<string, decimal> a, IReadOnlyDictionary<string, decimal> b)
    {
        var d = new Dictionary<string, decimal>(a, StringComparer.Ordinal);
        foreach (var (k, v) in b) d[k] = v;
        return d;
    }
}
