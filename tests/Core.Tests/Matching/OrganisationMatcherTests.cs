using Verbonden.Core.Matching;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.Matching;

public class OrganisationMatcherTests
{
    static MatchCandidate Gm(string code, string name) => new(code, name, OrganisationType.Gemeente, null);

    /// <summary>Names as the CBS list writes them, with the traps of the OpenGR data.</summary>
    static readonly OrganisationMatcher Matcher = new(
    [
        Gm("GM0158", "Haaksbergen"),
        Gm("GM0388", "Enkhuizen"),
        Gm("GM0502", "Capelle aan den IJssel"),
        Gm("GM0893", "Bergen (L.)"),
        Gm("GM0373", "Bergen (NH.)"),
        Gm("GM0748", "Bergen op Zoom"),
        Gm("GM0014", "Groningen (gemeente)"),
        Gm("GM0797", "Heusden"),
        Gm("GM0327", "Leusden"),
        Gm("GM0299", "Zevenaar"),
        Gm("GM0209", "Beuningen"),
        Gm("GM0786", "Grave"),
        Gm("GM0815", "Mill en Sint Hubert"),
        Gm("GM0820", "Nuenen, Gerwen en Nederwetten"),
        Gm("GM1723", "Alphen-Chaam"),
        Gm("GM0484", "Alphen aan den Rijn"),
        Gm("GM1900", "Súdwest-Fryslân"),
        Gm("GM0824", "Landerd"),
        new("PV20", "Groningen (PV)", OrganisationType.Provincie, "PV20"),
        new("PV21", "Friesland (PV)", OrganisationType.Provincie, "PV21"),
        new("WS21", "Hhs Hollands Noorderkwartier", OrganisationType.Waterschap, null),
        new("WS12", "Hoogheemraadschap van Rijnland", OrganisationType.Waterschap, null),
        new("GR0252", "Lander", OrganisationType.GemeenschappelijkeRegeling, null),
    ]);

    static void AssertMatched(MatchResult r, MatchMethod method, params string[] codes)
    {
        Assert.True(r.Status == MatchStatus.Matched, $"{r.RawName}: {r.Status} ({r.Note})");
        Assert.Equal(method, r.Method);
        Assert.Equal(codes, r.Matches.Select(m => m.Code));
    }

    static void AssertReview(MatchResult r, params string[] alternatives)
    {
        Assert.True(r.Status == MatchStatus.Review, $"{r.RawName}: {r.Status} ({r.Note})");
        Assert.Empty(r.Matches);
        Assert.Equal(alternatives.Order(), r.Alternatives.Select(a => a.Code).Order());
    }

    [Fact]
    public void Exact_TheRegisteredName() => AssertMatched(Matcher.Match("Enkhuizen"), MatchMethod.Exact, "GM0388");

    [Fact]
    public void Exact_AfterTheEncodingIsRepaired() => AssertMatched(Matcher.Match("SÃºdwest-FryslÃ¢n"), MatchMethod.Exact, "GM1900");

    [Theory]
    [InlineData("EnkHuizen", "GM0388")]
    [InlineData("Capelle aan den Ijssel", "GM0502")]
    [InlineData("Groningen", "GM0014")]                    // needs the CBS suffix "(gemeente)", and is not the province
    [InlineData("Provincie Groningen", "PV20")]            // and the province is not the municipality
    [InlineData("Provincie FryslÃ¢n", "PV21")]             // CBS still says "Friesland (PV)"
    [InlineData("Hoogheemraadschap Hollands Noorderkwartier", "WS21")] // CBS abbreviates "Hhs"
    public void Normalised_SameKey(string raw, string code) => AssertMatched(Matcher.Match(raw), MatchMethod.Normalised, code);

    [Theory]
    [InlineData("PV31", "GM0893")]
    [InlineData("PV27", "GM0373")]
    public void Context_TheRowsProvincePicksOneOfTheNamesakes(string province, string code) =>
        AssertMatched(Matcher.Match("Bergen", province), MatchMethod.Context, code);

    [Fact]
    public void Context_WithoutAProvinceTheNamesakesGoToReview() => AssertReview(Matcher.Match("Bergen"), "GM0893", "GM0373");

    [Fact]
    public void Context_AProvinceWithoutANamesakeDoesNotPickOne() => AssertReview(Matcher.Match("Bergen", "PV25"), "GM0893", "GM0373");

    [Fact]
    public void Context_ASuffixInTheNameIsContextToo() => AssertMatched(Matcher.Match("Bergen (L.)", "PV27"), MatchMethod.Exact, "GM0893");

    [Theory]
    [InlineData("Haasbergen", "GM0158")]
    [InlineData("Hoogheermraadschap van Rijnland", "WS12")]
    public void Fuzzy_OneTypoFromOneCandidate(string raw, string code) => AssertMatched(Matcher.Match(raw), MatchMethod.Fuzzy, code);

    [Fact]
    public void Fuzzy_CloseToTwoCandidatesGoesToReview() => AssertReview(Matcher.Match("Neusden"), "GM0797", "GM0327");

    [Fact]
    public void Fuzzy_TwoTyposInAShortNameAreTooMany() => Assert.Equal(MatchStatus.New, Matcher.Match("Haaxbergan").Status);

    [Fact]
    public void Fuzzy_NeverCrossesTypes()
    {
        // "Landr" is one letter from the GR "Lander", but a bare name is only ever close to a municipality.
        Assert.Equal(MatchStatus.New, Matcher.Match("Landr").Status);
        // "Provincie Groningn" is close to the province, not to the municipality.
        AssertMatched(Matcher.Match("Provincie Groningn"), MatchMethod.Fuzzy, "PV20");
    }

    [Theory]
    [InlineData("Nuenen", "GM0820")]
    [InlineData("Sint Hubert", "GM0815")]
    public void Partial_OnePartOfOneCompoundName(string raw, string code) => AssertMatched(Matcher.Match(raw), MatchMethod.Partial, code);

    [Fact]
    public void Partial_APartOfTwoNamesGoesToReview() => AssertReview(Matcher.Match("Alphen"), "GM1723", "GM0484");

    [Theory]
    [InlineData("Zevenaar Beuningen", "GM0299", "GM0209")]
    [InlineData("Grave en Mill", "GM0786", "GM0815")]
    public void Split_ACellNamingTwoMunicipalities(string raw, string first, string second) =>
        AssertMatched(Matcher.Match(raw), MatchMethod.Split, first, second);

    [Theory]
    [InlineData("Zaanstreek", OrganisationType.Overig)]
    [InlineData("Kamer van Koophandel", OrganisationType.Overig)]
    [InlineData("Duisburg (Duitsland)", OrganisationType.Buitenlands)]
    [InlineData("Haren (Ems) (Duitsland)", OrganisationType.Buitenlands)]
    [InlineData("Waterschap Sevenwolden", OrganisationType.Waterschap)]
    [InlineData("Recreatieschap Stichtse Groenlanden", OrganisationType.GemeenschappelijkeRegeling)]
    [InlineData("Ministerie van Onderwijs, Cultuur en Wetenschap", OrganisationType.Rijk)]
    [InlineData("Plassenschap Loosdrecht en omgeving", OrganisationType.GemeenschappelijkeRegeling)]
    public void New_AnUnrelatedNameGetsAFittingType(string raw, OrganisationType type)
    {
        var r = Matcher.Match(raw);
        Assert.True(r.Status == MatchStatus.New, $"{raw}: {r.Status} {string.Join(",", r.Matches.Select(m => m.Name))}");
        Assert.Empty(r.Matches);
        Assert.Equal(type, r.NewType);
    }

    [Fact]
    public void Match_KeepsTheRawNameAndGivesTheRepairedOne()
    {
        var r = Matcher.Match("Provincie FryslÃ¢n ");
        Assert.Equal("Provincie FryslÃ¢n ", r.RawName);
        Assert.Equal("Provincie Fryslân", r.RepairedName);
    }

    [Fact]
    public void FuzzyDistance_GrowsWithTheLengthOfTheName() =>
        Assert.Equal([0, 1, 2, 3], new[] { 4, 10, 20, 40 }.Select(OrganisationMatcher.FuzzyDistance));
}
