using Verbonden.Core.Matching;

namespace Verbonden.Core.Tests.Matching;

public class ArrangementNameTests
{
    [Fact]
    public void Parse_TakesTheDateFromOpgehevenPer()
    {
        var name = ArrangementName.Parse("Samenwerkingsverband Zuidlaardermeergemeenten (opgeheven per 25 januari 2016)");
        Assert.Equal("Samenwerkingsverband Zuidlaardermeergemeenten", name.Name);
        Assert.Equal(new DateOnly(2016, 1, 25), name.Ended);
        Assert.Null(name.UndatedEnd);
    }

    [Fact]
    public void Parse_ReadsNumericDatesToo() =>
        Assert.Equal(new DateOnly(2015, 12, 31), ArrangementName.Parse("Regio X (opgeheven per 31-12-2015)").Ended);

    [Fact]
    public void Parse_KeepsANameThatIsNothingButTheRemark() =>
        Assert.Equal(("(opgeheven per 1 januari 2016)", (DateOnly?)new DateOnly(2016, 1, 1)),
            (ArrangementName.Parse("(opgeheven per 1 januari 2016)").Name, ArrangementName.Parse("(opgeheven per 1 januari 2016)").Ended));

    [Theory]
    [InlineData("WOT (TOP-Craft) (in 2016 opgeheven)", "in 2016 opgeheven")]
    [InlineData("Servicebureau | Gemeenten (opgeheven)", "opgeheven")]
    public void Parse_MakesUpNoDateWhenNoneIsGiven(string written, string remark)
    {
        var name = ArrangementName.Parse(written);
        Assert.Equal(written, name.Name);
        Assert.Null(name.Ended);
        Assert.Equal(remark, name.UndatedEnd);
    }

    [Fact]
    public void Parse_LeavesAnOrdinaryNameAsItIs()
    {
        var name = ArrangementName.Parse("Werkorganisatie Cuijk, Grave, Mill en Sint Hubert (CGM) ");
        Assert.Equal(("Werkorganisatie Cuijk, Grave, Mill en Sint Hubert (CGM)", (DateOnly?)null, (string?)null), (name.Name, name.Ended, name.UndatedEnd));
    }

    [Theory]
    [InlineData("30 februari 2016")]
    [InlineData("25 janvier 2016")]
    [InlineData("2016")]
    public void ParseDutchDate_RejectsWhatIsNoDate(string text) => Assert.Null(ArrangementName.ParseDutchDate(text));
}
