using Verbonden.Core.Register;
using Verbonden.Core.Reporting;
using Verbonden.Web.Features.Grip;

namespace Verbonden.Web.Tests.Grip;

public class BbvDownloadTests
{
    static BbvParagraph Sample() => BbvParagraph.Build("GM0153", "Enschede", 2027,
    [
        new BbvEntry(1, "GGD Twente", "Enschede", LegalForm.OpenbaarLichaam, "Publieke gezondheid", new GovernanceInterest(1, 3, 6),
            new FinancialInterest(1_234_567.89m, 0, 0, 0), 1m, 2m, 3m, 4m, 5m, "Loonkosten"),
    ]);

    [Fact]
    public void Pdf_RendersWithTheDejaVuFont()
    {
        var bytes = BbvPdf.Render(Sample(), new DateOnly(2026, 7, 10));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }
}

public class PdfTextTests
{
    [Fact]
    public void ToBytes_WritesAValidXrefAndWinAnsiText()
    {
        var bytes = new PdfText().Line("Bijdrage € 1.234,56 – coöperatie (test) \\ x", bold: true).ToBytes("t");
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-1.4", text);
        Assert.EndsWith("%%EOF\n", text);
        // startxref points at the xref table, and every offset in it points at "N 0 obj".
        var start = int.Parse(text[(text.LastIndexOf("startxref\n") + 10)..].Split('\n')[0]);
        Assert.StartsWith("xref", text[start..]);
        var entries = text[start..].Split('\n').Skip(3).TakeWhile(l => l.EndsWith(" n ")).ToList();
        for (var i = 0; i < entries.Count; i++)
            Assert.StartsWith($"{i + 1} 0 obj", text[int.Parse(entries[i][..10])..]);
        Assert.Contains("(Bijdrage \u0080 1.234,56 \u0096 co\u00f6peratie \\(test\\) \\\\ x) Tj", text);
    }
}
