using Verbonden.Core.Matching;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.Matching;

public class NameKeyTests
{
    [Theory]
    [InlineData("EnkHuizen", "Enkhuizen")]
    [InlineData("Capelle aan den Ijssel", "Capelle aan den IJssel")]
    [InlineData("Sint Michielsgestel", "Sint-Michielsgestel")]
    [InlineData("Reusel-de Mierden", "Reusel-De Mierden")]
    [InlineData("'s-Gravenhage", "’s-Gravenhage")]
    [InlineData("Fryslân", "Fryslan")]
    [InlineData("SÃºdwest-FryslÃ¢n", "Súdwest-Fryslân")]
    [InlineData("Overbetuwe,", "Overbetuwe")]
    [InlineData("Waterschap Regge en Dinkel", "Waterschap Regge En Dinkel")]
    public void Normalise_IgnoresCaseDiacriticsIjApostrophesHyphensAndEncoding(string a, string b) =>
        Assert.Equal(NameKey.Normalise(a), NameKey.Normalise(b));

    [Theory]
    [InlineData("Haren", "Harenkarspel")]
    [InlineData("Bergen", "Bergen op Zoom")]
    [InlineData("De Bilt", "Het Bildt")]
    public void Normalise_KeepsDifferentNamesApart(string a, string b) =>
        Assert.NotEqual(NameKey.Normalise(a), NameKey.Normalise(b));

    [Theory]
    [InlineData("Bergen (L.)", "bergen", "PV31")]
    [InlineData("Bergen (NH.)", "bergen", "PV27")]
    [InlineData("Hengelo (Gld.)", "hengelo", "PV25")]
    [InlineData("Middelburg (Z.)", "middelburg", "PV29")]
    [InlineData("Rijswijk (ZH.)", "rijswijk", "PV28")]
    public void Parse_ReadsTheProvinceFromACbsSuffix(string name, string key, string province)
    {
        var parsed = NameKey.Parse(name);
        Assert.Equal(key, parsed.Key);
        Assert.Equal(province, parsed.ProvinceCode);
    }

    [Theory]
    [InlineData("Groningen (gemeente)", "groningen", NameKind.Gemeente)]
    [InlineData("Groningen (PV)", "provincie groningen", NameKind.Provincie)]
    [InlineData("Provincie Groningen", "provincie groningen", NameKind.Provincie)]
    [InlineData("Waterschap Zeeuws-Vlaanderen (WS)", "waterschap zeeuws vlaanderen", NameKind.Waterschap)]
    [InlineData("Hoogheermraadschap van Rijnland", "hoogheermraadschap van rijnland", NameKind.Waterschap)]
    [InlineData("Haren (Ems) (Duitsland)", "haren ems duitsland", NameKind.Buitenlands)]
    [InlineData("Ministerie van Onderwijs, Cultuur en Wetenschap", "ministerie van onderwijs cultuur en wetenschap", NameKind.Rijk)]
    [InlineData("Stichting ISOB", "stichting isob", NameKind.Overig)]
    [InlineData("Recreatieschap Stichtse Groenlanden", "recreatieschap stichtse groenlanden", NameKind.GemeenschappelijkeRegeling)]
    [InlineData("Zaanstreek", "zaanstreek", NameKind.Unknown)]
    public void Parse_TellsTheKindOfOrganisation(string name, string key, NameKind kind)
    {
        var parsed = NameKey.Parse(name);
        Assert.Equal(key, parsed.Key);
        Assert.Equal(kind, parsed.Kind);
    }

    [Fact]
    public void Parse_KeepsABracketThatIsNoSuffix() =>
        Assert.Equal("regionale dienst werk en inkomen kromme rijn heuvelrug rdwi",
            NameKey.Parse("Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)").Key);

    [Fact]
    public void TypeOf_TakesABareNameForAMunicipality() => Assert.Equal(OrganisationType.Gemeente, NameKey.TypeOf(NameKind.Unknown));
}
