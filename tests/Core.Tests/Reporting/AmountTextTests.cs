using Verbonden.Core.Reporting;

namespace Verbonden.Core.Tests.Reporting;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("1234,5", "1234.50")]
    [InlineData("1.234", "1234")]          // a dot and three digits is a thousands separator
    [InlineData("1.234.567", "1234567")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("12.5", "12.5")]
    [InlineData("0", "0")]
    [InlineData("-25.000", "-25000")]
    [InlineData("-1234.56", "-1234.56")]
    [InlineData("€ 1.234,56", "1234.56")]
    [InlineData("-€ 10", "-10")]
    [InlineData("€ -10,00", "-10")]
    [InlineData("  500  ", "500")]
    public void Input_AcceptsDutchAndDecimalPoint(string text, string expected)
    {
        Assert.True(AmountText.TryParseInput(text, out var v));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), v);
    }

    [Theory]
    [InlineData("1,234.56")]      // English notation
    [InlineData("1234,567")]      // three decimals
    [InlineData("1234.567")]
    [InlineData("12.34.56")]
    [InlineData("1.23,45")]       // a thousands group of two digits
    [InlineData("1 234")]
    [InlineData("abc")]
    [InlineData(",50")]
    [InlineData("")]
    [InlineData("1e6")]
    [InlineData("1000000000000,01")]
    public void Input_RefusesAmbiguousOrBadText(string text) => Assert.False(AmountText.TryParseInput(text, out _));

    [Theory]
    [InlineData("1234.56", "1234.56")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("1000000000000", "1000000000000")]
    public void File_AcceptsDecimalPoint(string text, string expected)
    {
        Assert.True(AmountText.TryParseFile(text, out var v));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), v);
    }

    [Theory]
    [InlineData("1.234,56")]
    [InlineData("1234,56")]
    [InlineData("1,234.56")]
    [InlineData("€10")]
    [InlineData("1.234")]
    [InlineData(" 12")]
    [InlineData("")]
    public void File_RefusesEverythingElse(string text) => Assert.False(AmountText.TryParseFile(text, out _));
}
