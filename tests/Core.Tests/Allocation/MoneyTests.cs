using Verbonden.Core.Allocation;

namespace Verbonden.Core.Tests.Allocation;

public partial class MoneyTests
{
    [Fact]
    public void Split_ThreeEqualParts_GivesTheLeftoverCentToTheFirst()
    {
        // 100.00 / 3 = 33.333…: all remainders tie, so the first in input order gets the extra cent.
        Assert.Equal([33.34m, 33.33m, 33.33m], Money.Split(100m, [1m, 1m, 1m]));
    }

    [Fact]
    public void Split_LargestRemainderWinsOverOrder()
    {
        // Quotas 0.3333…, 0.6666…: the second has the larger remainder and gets the cent.
        Assert.Equal([0.33m, 0.67m], Money.Split(1m, [1m, 2m]));
    }

    [Fact]
    public void Split_TwentyFiveSeventyFive_IsExactWithoutRounding()
    {
        Assert.Equal([2_500_000.00m, 7_500_000.00m], Money.Split(10_000_000m, [25m, 75m]));
    }

    [Fact]
    public void Split_NegativeTotal_MirrorsThePositiveSplit()
    {
        Assert.Equal([-33.34m, -33.33m, -33.33m], Money.Split(-100m, [1m, 1m, 1m]));
    }

    [Fact]
    public void Split_ZeroWeight_GetsNothing()
    {
        Assert.Equal([0m, 10m], Money.Split(10m, [0m, 3m]));
    }

    [Fact]
    public void Split_DecimalWeights_AreExact()
    {
        // 1.5 : 0.25 : 0.25 = 6 : 1 : 1 of 8.00.
        Assert.Equal([6m, 1m, 1m], Money.Split(8m, [1.5m, 0.25m, 0.25m]));
    }

    [Fact]
    public void Split_LargeAmountsAndMeasures_UseWideArithmeticAndStayExact()
    {
        // 10 billion euros over national-size measures: products overflow 64 bits, so the 128-bit path runs.
        var parts = Money.Split(10_000_000_000.01m, [17_000_000m, 900_000m, 123_456.789m]);
        Assert.Equal(10_000_000_000.01m, parts.Sum());
        Assert.True(parts[0] > parts[1] && parts[1] > parts[2]);
    }

    [Fact]
    public void Split_RejectsFractionsOfCents() =>
        Assert.Throws<ArgumentException>(() => Money.Split(1.005m, [1m, 1m]));

    [Fact]
    public void Split_RejectsNegativeWeights() =>
        Assert.Throws<ArgumentException>(() => Money.Split(1m, [1m, -1m]));

    [Fact]
    public void Split_RejectsAllZeroWeights() =>
        Assert.Throws<ArgumentException>(() => Money.Split(1m, [0m, 0m]));

    [Theory]
    [InlineData("2.345", "2.35")]   // half away from zero, not banker's rounding
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.344", "2.34")]
    public void Round_IsCommercialRounding(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Money.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Format_WritesTwoDecimalsInvariant()
    {
        Assert.Equal("1234.50", Money.Format(1234.5m));
        Assert.Equal("-0.01", Money.Format(-0.01m));
        Assert.Equal("€ 1.234,50", Money.FormatEuro(1234.5m));
    }
}
