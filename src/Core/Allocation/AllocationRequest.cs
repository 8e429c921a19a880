namespace Verbonden.Core.Allocation;

// The input exactly as a user writes it (JSON, the web form): numbers are kept as text so that the validator can
// name a malformed one. AllocationValidator turns a request into an AllocationInput or a list of errors.

public sealed class AllocationRequest
{
    public int? Year { get; set; }
    public List<ParticipantRequest>? Participants { get; set; }
    public List<LineRequest>? Lines { get; set; }
    public SettlementRequest? Settlement { get; set; }
    public List<ScenarioRequest>? Scenarios { get; set; }
    public PeriodRequest? Period { get; set; }
}

public sealed class ParticipantRequest
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    /// <summary>Measure name → value, e.g. {"inwoners": 38000, "crematies": 412}.</summary>
    public Dictionary<string, string?>? Measures { get; set; }
}

public sealed class LineRequest
{
    public string? Name { get; set; }
    /// <summary>key, equal, percentage, tariff, budget, share, per-capita, external or profit.</summary>
    public string? Method { get; set; }
    /// <summary>structural (default), one-off or disentanglement.</summary>
    public string? Kind { get; set; }
    public string? Amount { get; set; }
    public string? Measure { get; set; }
    /// <summary>Alias of <see cref="Measure"/> for volume-based methods (tariff, share).</summary>
    public string? Volume { get; set; }
    public string? Tariff { get; set; }
    public Dictionary<string, string?>? Percentages { get; set; }
    public Dictionary<string, string?>? Budgets { get; set; }
    public List<string?>? Only { get; set; }
    public List<CustomerRequest>? Customers { get; set; }
    /// <summary>Risk surcharge for external customers, in percent.</summary>
    public string? Surcharge { get; set; }
}

public sealed class CustomerRequest
{
    public string? Name { get; set; }
    public string? Volume { get; set; }
}

public sealed class SettlementRequest
{
    /// <summary>settle or reserve.</summary>
    public string? Method { get; set; }
    /// <summary>Actual amount per line name.</summary>
    public Dictionary<string, string?>? Actual { get; set; }
    /// <summary>Actual measures per participant id.</summary>
    public Dictionary<string, Dictionary<string, string?>?>? ActualMeasures { get; set; }
    public string? ReserveBalance { get; set; }
    public string? ReserveCeiling { get; set; }
    public string? ReserveMeasure { get; set; }
}

public sealed class ScenarioRequest
{
    public string? Name { get; set; }
    /// <summary>exit, join or measure.</summary>
    public string? Type { get; set; }
    /// <summary>The leaver (exit) or the participant whose measure changes (measure).</summary>
    public string? Participant { get; set; }
    /// <summary>The new participant (join).</summary>
    public ParticipantRequest? Join { get; set; }
    public string? FrictionalCosts { get; set; }
    public int? Years { get; set; }
    public string? StaffTakenOver { get; set; }
    public int? FirstYear { get; set; }
    public string? Measure { get; set; }
    public string? Value { get; set; }
}

public sealed class PeriodRequest
{
    public int? Years { get; set; }
    /// <summary>Yearly indexation in percent, e.g. "2.5".</summary>
    public string? Indexation { get; set; }
    /// <summary>Year → participant id → measure → value.</summary>
    public Dictionary<string, Dictionary<string, Dictionary<string, string?>?>?>? Measures { get; set; }
}
