using Verbonden.Core.Allocation;

namespace Verbonden.Core.Tests.Allocation;

/// <summary>Builders for allocation inputs in tests.</summary>
static class Build
{
    public static Participant P(string id, params (string Measure, decimal Value)[] measures) =>
        new(id, id, measures.ToDictionary(m => m.Measure, m => m.Value));

    public static Participant P(string id, string name, params (string Measure, decimal Value)[] measures) =>
        new(id, name, measures.ToDictionary(m => m.Measure, m => m.Value));

    public static AllocationInput Input(IEnumerable<Participant> participants, params Line[] lines) =>
        new(2026, [.. participants], lines);

    public static Dictionary<string, decimal> Map(params (string Key, decimal Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    /// <summary>The amount of participant <paramref name="id"/> on line <paramref name="line"/>.</summary>
    public static decimal Amount(this AllocationResult r, string id, string line)
    {
        var l = r.Lines.Select((x, i) => (x, i)).Single(x => x.x.Name == line).i;
        return r.Find(id)!.Amounts[l];
    }

    public static decimal Total(this AllocationResult r, string id) => r.Find(id)!.Total;
}
