using FsCheck;
using FsCheck.Fluent;
using Verbonden.Core.Matching;

namespace Verbonden.Core.Tests.Matching;

public class EditDistanceTests
{
    [Theory]
    [InlineData("haaksbergen", "haasbergen", 1)]   // one letter dropped
    [InlineData("heusden", "neusden", 1)]          // one letter changed
    [InlineData("geldrop", "gedlrop", 1)]          // two neighbours swapped
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Between_CountsEdits(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Between(a, b));

    [Fact]
    public void Between_StopsAtMaxPlusOne() => Assert.Equal(2, EditDistance.Between("amsterdam", "rotterdam", max: 1));

    static Arbitrary<(string, string)> Pairs()
    {
        var word = Gen.ArrayOf(Gen.Elements('a', 'b', 'c', 'd')).Select(cs => new string(cs));
        return Gen.Zip(word, word).ToArbitrary();
    }

    [Fact]
    public void Between_IsSymmetric() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Pairs(), p => EditDistance.Between(p.Item1, p.Item2) == EditDistance.Between(p.Item2, p.Item1)));

    [Fact]
    public void Between_IsZeroOnlyForEqualStrings_AndAtMostTheLongerLength() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Pairs(), p =>
        {
            var d = EditDistance.Between(p.Item1, p.Item2);
            return (d == 0) == (p.Item1 == p.Item2) && d <= Math.Max(p.Item1.Length, p.Item2.Length);
        }));

    [Fact]
    public void Between_WithMax_AgreesWithFullDistanceUpToTheCap() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Pairs(), p =>
            EditDistance.Between(p.Item1, p.Item2, 2) == Math.Min(EditDistance.Between(p.Item1, p.Item2), 3)));
}
