namespace Verbonden.Core.Allocation;

/// <summary>
/// A validated cost-allocation question: the participants with their measures for one year, the budget lines
/// with one method each, and optionally a year-end settlement, scenarios and a multi-year period.
/// Built by <see cref="AllocationValidator"/> from an <see cref="AllocationRequest"/>.
/// </summary>
public sealed record AllocationInput(int Year, IReadOnlyList<Participant> Participants, IReadOnlyList<Line> Lines)
{
    public SettlementInput? Settlement { get; init; }
    public IReadOnlyList<Scenario> Scenarios { get; init; } = [];
    public PeriodInput? Period { get; init; }

    public int IndexOf(string participantId)
    {
        for (var i = 0; i < Participants.Count; i++)
            if (Participants[i].Id == participantId) return i;
        return -1;
    }
}

/// <summary>A participant (deelnemer) with its measures for the year: inhabitants, clients, hours, cremations, …</summary>
public sealed record Participant(string Id, string Name, IReadOnlyDictionary<string, decimal> Measures);

/// <summary>The cost-allocation methods of DOMAIN.md §5, with their names in the API.</summary>
public enum Method
{
    /// <summary>"key": amount × measure_i / Σ measure (vaste verdeelsleutel).</summary>
    Key,
    /// <summary>"equal": amount in equal shares.</summary>
    Equal,
    /// <summary>"percentage": amount by fixed percentages that add up to 100 (BOH 25/75).</summary>
    Percentage,
    /// <summary>"tariff": tariff × actual volume_i (nacalculatie).</summary>
    Tariff,
    /// <summary>"budget": a fixed budget per participant for an agreed quantity, not settled.</summary>
    Budget,
    /// <summary>"share": actual cost × volume_i / Σ volume (berekend aandeel).</summary>
    Share,
    /// <summary>"per-capita": a fee per unit of a measure, e.g. €1 per inhabitant (Regio Zwolle).</summary>
    PerCapita,
    /// <summary>"external": non-participant customers pay a tariff plus risk surcharge; the margin lowers the participants' bill.</summary>
    External,
    /// <summary>"profit": a profit paid out to the participants by a measure (OLCT: by cremations). Amounts are negative (received).</summary>
    Profit,
}

/// <summary>Whether a line belongs to the shared pool or is kept outside it (seed 002, Parkstad).</summary>
public enum LineKind
{
    /// <summary>Structural cost of the shared pool; settled at year end or run through the equalisation reserve.</summary>
    Structural,
    /// <summary>One-off start-up cost: outside the pool, never through the reserve.</summary>
    OneOff,
    /// <summary>Disentanglement cost (ontvlechting): outside the pool, never through the reserve.</summary>
    Disentanglement,
}

/// <summary>
/// One budget line. <see cref="Only"/> limits it to a subset of participants (a project, an extra, a coalition of
/// the willing); when null every participant takes part.
/// </summary>
public sealed record Line(string Name, Method Method)
{
    public LineKind Kind { get; init; } = LineKind.Structural;
    /// <summary>The amount to divide (key, equal, percentage, share, profit). Whole cents.</summary>
    public decimal Amount { get; init; }
    /// <summary>The measure that weighs the division, or holds the volume for tariff and per-capita lines.</summary>
    public string? Measure { get; init; }
    /// <summary>Price per unit (tariff, per-capita, external). May have more than two decimals.</summary>
    public decimal Tariff { get; init; }
    public IReadOnlyDictionary<string, decimal> Percentages { get; init; } = new Dictionary<string, decimal>();
    public IReadOnlyDictionary<string, decimal> Budgets { get; init; } = new Dictionary<string, decimal>();
    public IReadOnlyList<string>? Only { get; init; }
    /// <summary>External customers (method external).</summary>
    public IReadOnlyList<ExternalCustomer> Customers { get; init; } = [];
    /// <summary>Risk surcharge on the tariff for external customers, in percent.</summary>
    public decimal Surcharge { get; init; }

    public bool IsPooled => Kind == LineKind.Structural;

    public bool Includes(string participantId) => Only is null || Only.Contains(participantId);
}

/// <summary>A customer that is not a participant, buying <see cref="Volume"/> units.</summary>
public sealed record ExternalCustomer(string Name, decimal Volume);

public static class MethodNames
{
    public static readonly IReadOnlyDictionary<string, Method> ByName = new Dictionary<string, Method>(StringComparer.OrdinalIgnoreCase)
    {
        ["key"] = Method.Key, ["equal"] = Method.Equal, ["percentage"] = Method.Percentage, ["tariff"] = Method.Tariff,
        ["budget"] = Method.Budget, ["share"] = Method.Share, ["per-capita"] = Method.PerCapita,
        ["external"] = Method.External, ["profit"] = Method.Profit,
    };

    public static string Name(this Method m) => ByName.First(p => p.Value == m).Key;

    public static string Label(this Method m) => m switch
    {
        Method.Key => "Vaste verdeelsleutel",
        Method.Equal => "Gelijke delen",
        Method.Percentage => "Vaste percentages",
        Method.Tariff => "Tarief × werkelijk volume",
        Method.Budget => "Vast budget per deelnemer",
        Method.Share => "Berekend aandeel in werkelijke kosten",
        Method.PerCapita => "Bijdrage per eenheid (bijv. per inwoner)",
        Method.External => "Marge op externe afnemers",
        Method.Profit => "Winstuitkering",
        _ => m.ToString(),
    };

    public static readonly IReadOnlyDictionary<string, LineKind> KindByName = new Dictionary<string, LineKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["structural"] = LineKind.Structural, ["one-off"] = LineKind.OneOff, ["disentanglement"] = LineKind.Disentanglement,
    };

    public static string Name(this LineKind k) => KindByName.First(p => p.Value == k).Key;

    public static string Label(this LineKind k) => k switch
    {
        LineKind.OneOff => "Eenmalig",
        LineKind.Disentanglement => "Ontvlechting",
        _ => "Structureel",
    };
}
