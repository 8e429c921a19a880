using FsCheck;
using FsCheck.Fluent;
using Verbonden.Core.Allocation;

namespace Verbonden.Core.Tests.Allocation;

// Properties of whole allocations: random participants, random lines of every dividing method, random subsets.
public partial class CostAllocatorTests
{
    static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    static readonly Gen<Participant[]> ParticipantsGen =
        Gen.Choose(1, 25).SelectMany(n => Gen.ArrayOf(
            Gen.Choose(0, 200_000).Zip(Gen.Choose(0, 5), (inw, uren) => (inw, uren)), n))
        .Select(ms => ms.Select((m, i) => Build.P($"GM{i:0000}", ("inwoners", m.inw + 1m), ("uren", m.uren / 4m))).ToArray());

    static Gen<Line> LineGen(Participant[] ps, int index)
    {
        var amount = Gen.Choose(0, int.MaxValue).Select(c => c / 100m);
        var subset = Gen.SubListOf(ps.Select(p => p.Id)).Select(s => s.Count == 0 ? null : (IReadOnlyList<string>)[.. s]);
        var name = $"regel {index}";
        return Gen.OneOf(
            amount.Zip(subset, (a, s) => new Line(name, Method.Key) { Amount = a, Measure = "inwoners", Only = s }),
            amount.Zip(subset, (a, s) => new Line(name, Method.Equal) { Amount = a, Only = s }),
            amount.Zip(subset, (a, s) => new Line(name, Method.Profit) { Amount = a, Measure = "inwoners", Only = s }),
            amount.Zip(Gen.Piles(ps.Length, 100), (a, pct) => new Line(name, Method.Percentage)
            {
                Amount = a, Percentages = ps.Select((p, i) => (p.Id, (decimal)pct[i])).ToDictionary(x => x.Id, x => x.Item2),
            }).Where(l => l.Percentages.Values.Any(v => v > 0)),
            Gen.Choose(0, 100_000).Zip(subset, (t, s) => new Line(name, Method.Tariff) { Tariff = t / 1000m, Measure = "uren", Only = s }));
    }

    static readonly Gen<AllocationInput> InputGen =
        ParticipantsGen.SelectMany(ps => Gen.Choose(1, 8).SelectMany(n =>
            Gen.CollectToArray(Enumerable.Range(0, n), i => LineGen(ps, i))), (ps, lines) => new AllocationInput(2026, ps, lines));

    [Fact]
    public void Allocate_EveryLinesPartsAddUpExactlyToTheLine() =>
        Check.One(Runs, Prop.ForAll(InputGen.ToArbitrary(), input =>
        {
            var r = CostAllocator.Allocate(input);
            for (var l = 0; l < input.Lines.Count; l++)
            {
                var line = input.Lines[l];
                var column = r.Participants.Select(p => p.Amounts[l]).ToArray();
                if (column.Sum() != r.Lines[l].Total || !column.All(Money.IsCents)) return false;
                var expected = line.Method switch
                {
                    Method.Profit => -line.Amount,
                    Method.Tariff => input.Participants.Where(p => line.Includes(p.Id)).Sum(p => Money.Round(line.Tariff * p.Measures["uren"])),
                    _ => line.Amount,
                };
                if (r.Lines[l].Total != expected) return false;
                if (input.Participants.Where(p => !line.Includes(p.Id)).Any(p => r.Find(p.Id)!.Amounts[l] != 0)) return false;
            }
            return r.Participants.Sum(p => p.Total) == r.Total;
        }));

    [Fact]
    public void Allocate_KeySharesAreMonotoneInTheMeasure() =>
        Check.One(Runs, Prop.ForAll(ParticipantsGen.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (ps, cents) =>
        {
            var r = CostAllocator.Allocate(new AllocationInput(2026, ps, [new Line("sleutel", Method.Key) { Amount = cents / 100m, Measure = "inwoners" }]));
            return ps.Zip(r.Participants).All(a => ps.Zip(r.Participants).All(b =>
                a.First.Measures["inwoners"] <= b.First.Measures["inwoners"] || a.Second.Total >= b.Second.Total));
        }));

    [Fact]
    public void Allocate_PermutingParticipantsMovesAtMostOneCentPerLine() =>
        Check.One(Runs, Prop.ForAll(InputGen.SelectMany(i => Gen.Shuffle(i.Participants.ToArray()), (i, order) => (i, order)).ToArbitrary(), x =>
        {
            var before = CostAllocator.Allocate(x.i);
            var after = CostAllocator.Allocate(x.i with { Participants = x.order });
            return before.Participants.All(p => p.Amounts.Zip(after.Find(p.Id)!.Amounts).All(a => Math.Abs(a.First - a.Second) <= 0.01m))
                && before.Lines.Zip(after.Lines).All(l => l.First.Total == l.Second.Total);
        }));
}
