using FsCheck;
using FsCheck.Fluent;
using Verbonden.Core.Allocation;

namespace Verbonden.Core.Tests.Allocation;

// Properties of the largest-remainder split, over random totals and weights.
public partial class MoneyTests
{
    static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>A total in cents and integer weights; small weight ranges are mixed in so that ties are frequent.</summary>
    public sealed record Case(long Cents, int[] Weights)
    {
        public decimal Total => Cents / 100m;
        public decimal[] DecimalWeights => [.. Weights.Select(w => (decimal)w)];
        public override string ToString() => $"{Total} over [{string.Join(", ", Weights)}]";
    }

    static readonly Gen<long> CentsGen =
        Gen.OneOf(Gen.Choose(0, 1000), Gen.Choose(0, int.MaxValue))
            .Zip(Gen.Choose(0, 500), (low, high) => (long)high * int.MaxValue + low);

    static readonly Gen<int[]> WeightsGen =
        Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 4), Gen.Choose(0, 1_000_000)), n))
            .Where(w => w.Any(x => x > 0));

    static readonly Gen<Case> CaseGen = CentsGen.Zip(WeightsGen, (c, w) => new Case(c, w));

    [Fact]
    public void Split_PartsAlwaysAddUpExactlyToTheTotal() =>
        Check.One(Runs, Prop.ForAll(CaseGen.ToArbitrary(), c =>
        {
            var parts = Money.Split(c.Total, c.DecimalWeights);
            var negative = Money.Split(-c.Total, c.DecimalWeights);
            return parts.Sum() == c.Total && negative.Sum() == -c.Total && parts.All(Money.IsCents);
        }));

    [Fact]
    public void Split_EveryPartIsWithinOneCentOfItsExactQuota() =>
        Check.One(Runs, Prop.ForAll(CaseGen.ToArbitrary(), c =>
        {
            var parts = Money.Split(c.Total, c.DecimalWeights);
            var sum = c.Weights.Sum(w => (long)w);
            return parts.Select((p, i) => Math.Abs(p - c.Total * c.Weights[i] / sum)).All(d => d < 0.01m);
        }));

    [Fact]
    public void Split_IsMonotoneInTheWeight() =>
        Check.One(Runs, Prop.ForAll(CaseGen.ToArbitrary(), c =>
        {
            var parts = Money.Split(c.Total, c.DecimalWeights);
            for (var i = 0; i < parts.Length; i++)
                for (var j = 0; j < parts.Length; j++)
                    if (c.Weights[i] > c.Weights[j] && parts[i] < parts[j]) return false;
            return true;
        }));

    [Fact]
    public void Split_RaisingOnesOwnWeightNeverLowersOnesOwnPart() =>
        Check.One(Runs, Prop.ForAll(CaseGen.ToArbitrary(), Gen.Choose(1, 50_000).ToArbitrary(), (c, extra) =>
        {
            var who = (int)(c.Cents % c.Weights.Length);
            var raised = c.DecimalWeights;
            raised[who] += extra;
            return Money.Split(c.Total, raised)[who] >= Money.Split(c.Total, c.DecimalWeights)[who];
        }));

    [Fact]
    public void Split_PermutingTheParticipantsOnlyMovesTieCents()
    {
        var withOrder = CaseGen.SelectMany(c => Gen.Shuffle(Enumerable.Range(0, c.Weights.Length)), (c, order) => (c, order));
        Check.One(Runs, Prop.ForAll(withOrder.ToArbitrary(), x =>
        {
            var (c, order) = x;
            var original = Money.Split(c.Total, c.DecimalWeights);
            var permuted = Money.Split(c.Total, [.. order.Select(i => (decimal)c.Weights[i])]);
            var sum = (Int128)c.Weights.Sum(w => (long)w);
            var remainder = c.Weights.Select(w => c.Cents * (Int128)w % sum).ToArray();
            for (var k = 0; k < order.Length; k++)
            {
                var i = order[k];
                if (permuted[k] == original[i]) continue;
                // A participant's amount may change only by the tie cent, and only when its remainder ties with another's.
                var ties = Enumerable.Range(0, remainder.Length).Any(j => j != i && remainder[j] == remainder[i]);
                if (!ties || Math.Abs(permuted[k] - original[i]) != 0.01m) return false;
            }
            return true;
        }));
    }
}
