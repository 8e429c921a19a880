namespace Verbonden.Core.Allocation;

/// <summary>
/// A saved cost allocation of an arrangement for one year: the request as JSON (the input shape of the API), so
/// that the page, the API and the CLI read the same thing.
/// </summary>
public sealed class AllocationPlan
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    public required string InputJson { get; set; }
}
