using Verbonden.Core.Matching;

namespace Verbonden.Core.Tests.Matching;

public class VerbondenCodesTests
{
    [Theory]
    [InlineData("Kamer van Koophandel", "X-KAMER-VAN-KOOPHANDEL")]
    [InlineData("Waterschap â€™t Suydevelt", "X-WATERSCHAP-T-SUYDEVELT")]
    [InlineData("Duisburg (Duitsland)", "X-DUISBURG-DUITSLAND")]
    public void For_DerivesTheCodeFromTheName(string name, string code) => Assert.Equal(code, VerbondenCodes.For(name));

    [Fact]
    public void For_MarksReviewPlaceholders() => Assert.Equal("X-REVIEW-BERGEN", VerbondenCodes.For("Bergen", review: true));

    [Fact]
    public void For_GivesTheSameCodeForSpellingsOfTheSameName() =>
        Assert.Equal(VerbondenCodes.For("Zeewolde "), VerbondenCodes.For("ZEEWOLDE"));

    [Fact]
    public void For_KeepsLongNamesApartWithinFortyCharacters()
    {
        // The same first 40 characters: only the hash at the end tells them apart.
        var a = VerbondenCodes.For("Industrie- und Handelskammer Osnabrück-Emsland-Grafschaft Bentheim (Duitsland)");
        var b = VerbondenCodes.For("Industrie- und Handelskammer Osnabrück-Emsland-Grafschaft Bentheim Nord (Duitsland)");
        Assert.True(a.Length <= VerbondenCodes.MaxLength && b.Length <= VerbondenCodes.MaxLength, $"{a} / {b}");
        Assert.NotEqual(a, b);
    }
}
