using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Verbonden.Core.Matching;

namespace Verbonden.Core.Tests.Matching;

public class TextRepairTests
{
    [Theory]
    [InlineData("FryslÃ¢n", "Fryslân")]
    [InlineData("SÃºdwest-FryslÃ¢n", "Súdwest-Fryslân")]
    [InlineData("WÃ»nseradiel", "Wûnseradiel")]
    // 0x9F is 'Ÿ' in Windows-1252, so ß (C3 9F) came out as "ÃŸ".
    [InlineData("BarÃŸel (Duitsland)", "Barßel (Duitsland)")]
    // A right single quote is three bytes (E2 80 99): "â€™".
    [InlineData("Waterschap â€™t Suydevelt", "Waterschap ’t Suydevelt")]
    [InlineData("EmsbÃ¼ren", "Emsbüren")]
    public void RepairEncoding_UndoesDoubleEncodedUtf8(string broken, string expected) =>
        Assert.Equal(expected, TextRepair.RepairEncoding(broken));

    [Theory]
    [InlineData("Fryslân")]
    [InlineData("Súdwest-Fryslân")]
    [InlineData("Barßel")]
    [InlineData("'s-Hertogenbosch")]
    [InlineData("Capelle aan den IJssel")]
    public void RepairEncoding_LeavesCorrectTextAlone(string text) =>
        Assert.Equal(text, TextRepair.RepairEncoding(text));

    [Fact]
    public void RepairEncoding_RepairsTextThatWasDoubleEncodedTwice()
    {
        var twice = Mojibake(Mojibake("Fryslân"));
        Assert.NotEqual(Mojibake("Fryslân"), twice);
        Assert.Equal("Fryslân", TextRepair.RepairEncoding(twice));
    }

    [Theory]
    [InlineData("Overbetuwe,", "Overbetuwe")]
    [InlineData("  Dronten ", "Dronten")]
    [InlineData("Hoogheemraadschap Amstel,  Gooi en Vecht ", "Hoogheemraadschap Amstel, Gooi en Vecht")]
    [InlineData("8100 ACÂ\u00a0 ", "8100 AC")]
    public void Tidy_TrimsCollapsesSpacesAndDropsDanglingSeparators(string text, string expected) =>
        Assert.Equal(expected, TextRepair.Tidy(text));

    /// <summary>Letters whose UTF-8 bytes all lie in Latin-1's printable range, so Latin-1 gives the same mojibake as Windows-1252.</summary>
    static readonly char[] Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'âêëéèüöúûïôçáàíóÂÉÖÜ".ToCharArray();

    static Arbitrary<string> DutchText() =>
        Gen.ArrayOf(Gen.Elements(Alphabet)).Select(cs => new string(cs)).ToArbitrary();

    [Fact]
    public void RepairEncoding_InvertsDoubleEncoding_ForAnyText() =>
        Check.QuickThrowOnFailure(Prop.ForAll(DutchText(), s => TextRepair.RepairEncoding(Mojibake(s)) == s));

    [Fact]
    public void RepairEncoding_NeverChangesCorrectText() =>
        Check.QuickThrowOnFailure(Prop.ForAll(DutchText(), s => TextRepair.RepairEncoding(s) == s));

    static string Mojibake(string s) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(s));
}
