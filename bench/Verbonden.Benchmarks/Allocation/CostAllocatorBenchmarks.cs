using BenchmarkDotNet.Attributes;
using Verbonden.Core.Allocation;

namespace Verbonden.Benchmarks.Allocation;

/// <summary>
/// The two targets of issue 4: one large allocation (1,000 participants × 50 lines, every method, under 5 ms) and
/// re-allocating a national-size register (5,000 arrangements over 342 municipalities) after one municipality's
/// inhabitants change (under 1 s). Inputs are generated with a fixed seed.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CostAllocatorBenchmarks
{
    AllocationInput _large = null!;
    Participant[] _municipalities = null!;
    (int[] Members, Line[] Lines)[] _register = null!;
    int _round;

    [GlobalSetup]
    public void Setup()
    {
        var rnd = new Random(20261122);
        var ps = Enumerable.Range(0, 1000).Select(i => Municipality(rnd, i)).ToArray();
        _large = new AllocationInput(2026, ps, [.. Enumerable.Range(0, 50).Select(l => RandomLine(rnd, l, ps))]);

        _municipalities = [.. Enumerable.Range(0, 342).Select(i => Municipality(rnd, i))];
        _register = [.. Enumerable.Range(0, 5000).Select(_ =>
        {
            var members = Enumerable.Range(0, _municipalities.Length).OrderBy(_ => rnd.Next()).Take(rnd.Next(2, 31)).Order().ToArray();
            var inArrangement = members.Select(m => _municipalities[m]).ToArray();
            return (members, Enumerable.Range(0, rnd.Next(3, 11)).Select(l => RandomLine(rnd, l, inArrangement)).ToArray());
        })];
    }

    static Participant Municipality(Random rnd, int i) => new($"GM{i:0000}", $"Gemeente {i}", new Dictionary<string, decimal>
    {
        ["inwoners"] = rnd.Next(900, 950_000), ["clienten"] = rnd.Next(0, 5_000), ["uren"] = rnd.Next(0, 20_000) / 4m,
    });

    static Line RandomLine(Random rnd, int index, Participant[] ps)
    {
        var amount = rnd.NextInt64(100_000, 5_000_000_000) / 100m;
        var name = $"Regel {index}";
        return (index % 8) switch
        {
            0 => new Line(name, Method.Key) { Amount = amount, Measure = "inwoners" },
            1 => new Line(name, Method.Equal) { Amount = amount },
            2 => new Line(name, Method.Share) { Amount = amount, Measure = "clienten" },
            3 => new Line(name, Method.Tariff) { Tariff = rnd.Next(1, 20_000) / 100m, Measure = "uren" },
            4 => new Line(name, Method.PerCapita) { Tariff = 1m, Measure = "inwoners" },
            5 => new Line(name, Method.Key) { Amount = amount, Measure = "inwoners", Only = [.. ps.Where((_, i) => i % 3 == 0).Select(p => p.Id)] },
            6 => new Line(name, Method.Budget) { Budgets = ps.Where((_, i) => i % 2 == 0).ToDictionary(p => p.Id, _ => rnd.Next(1_000, 100_000) + 0.5m) },
            _ => new Line(name, Method.Profit) { Amount = amount, Measure = "clienten" },
        };
    }

    [Benchmark(Description = "Allocate 1,000 participants × 50 lines")]
    public AllocationResult Allocate_1000Participants_50Lines() => CostAllocator.Allocate(_large);

    [Benchmark(Description = "Re-allocate 5,000 arrangements after a measure update")]
    public decimal Reallocate_5000Arrangements_AfterMeasureUpdate()
    {
        // One municipality's inhabitants change (CBS update); every arrangement is allocated again.
        var k = _round++ % _municipalities.Length;
        var m = _municipalities[k];
        _municipalities[k] = m with { Measures = new Dictionary<string, decimal>(m.Measures) { ["inwoners"] = m.Measures["inwoners"] + 1 } };
        var total = 0m;
        foreach (var (members, lines) in _register)
        {
            var ps = new Participant[members.Length];
            for (var i = 0; i < ps.Length; i++) ps[i] = _municipalities[members[i]];
            total += CostAllocator.Allocate(new AllocationInput(2026, ps, lines)).Total;
        }
        return total;
    }
}
