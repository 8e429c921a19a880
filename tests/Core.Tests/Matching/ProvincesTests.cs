using Verbonden.Core.Matching;

namespace Verbonden.Core.Tests.Matching;

public class ProvincesTests
{
    [Theory]
    [InlineData("Provincie Groningen", "PV20")]
    [InlineData("Provincie FryslÃ¢n", "PV21")]   // mojibake in the source
    [InlineData("Friesland", "PV21")]            // the name before 1997
    [InlineData("Provincie Overrijssel", "PV23")] // typo in the source
    [InlineData("Provincie Overijssel", "PV23")]
    [InlineData("Provincie Noord Brabant", "PV30")]
    [InlineData("Limburg", "PV31")]
    public void Resolve_ReadsTheProvinceAsSourcesWriteIt(string text, string code) =>
        Assert.Equal(code, Provinces.Resolve(text)?.Code);

    [Theory]
    [InlineData("Noordrijn-Westfalen (Duitsland)")]
    [InlineData("Vlaanderen")]
    [InlineData("")]
    [InlineData("Holland")]   // both Noord- and Zuid-Holland contain it: no guess
    public void Resolve_ReturnsNullForWhatIsNoDutchProvince(string text) => Assert.Null(Provinces.Resolve(text));

    [Fact]
    public void All_HasTheTwelveCbsCodes() =>
        Assert.Equal(Enumerable.Range(20, 12).Select(i => $"PV{i}"), Provinces.All.Select(p => p.Code));
}
