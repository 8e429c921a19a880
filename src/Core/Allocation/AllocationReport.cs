namespace Verbonden.Core.Allocation;

/// <summary>Everything an input asks for: the allocation, and the settlement, scenarios and period when present.</summary>
public sealed record AllocationReport(
    AllocationInput Input,
    AllocationResult Result,
    SettlementResult? Settlement,
    IReadOnlyList<ScenarioResult> Scenarios,
    PeriodResult? Period)
{
    /// <summary>Runs the whole input. Throws <see cref="DomainException"/> when a division has nothing to divide by.</summary>
    public static AllocationReport Run(AllocationInput input)
    {
        var result = CostAllocator.Allocate(input);
        return new AllocationReport(
            input,
            result,
            input.Settlement is null ? null : Allocation.Settlement.Settle(input, result),
            [.. input.Scenarios.Select(s => Allocation.Scenarios.Run(input, result, s))],
            input.Period is null ? null : MultiYear.Allocate(input));
    }

    /// <summary>Validates and runs a request; errors (validation or a failed division) come back as <see cref="AllocationError"/>s.</summary>
    public static (AllocationReport? Report, IReadOnlyList<AllocationError> Errors) Run(AllocationRequest request)
    {
        var (input, errors) = AllocationValidator.Validate(request);
        if (input is null) return (null, errors);
        try
        {
            return (Run(input), []);
        }
        catch (DomainException e)
        {
            return (null, [new AllocationError(e.Field ?? "", e.Message, e.Message)]);
        }
    }
}
