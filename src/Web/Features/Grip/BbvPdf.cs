using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;

namespace Verbonden.Web.Features.Grip;

/// <summary>The font file PdfSharp needs is not installed.</summary>
public sealed class FontMissingException(string message) : Exception(message);

/// <summary>
/// Gives PdfSharp the DejaVu Sans fonts of the Debian package fonts-dejavu-core; the product ships no font.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Directory = "/usr/share/fonts/truetype/dejavu";

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(isBold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName)
    {
        var path = Path.Combine(Directory, faceName + ".ttf");
        if (!File.Exists(path))
            throw new FontMissingException($"PDF export needs the font {path}; install the Debian package fonts-dejavu-core.");
        return File.ReadAllBytes(path);
    }
}

/// <summary>Renders the paragraaf verbonden partijen as an A4 PDF: per group a block per partij, with totals.</summary>
public static class BbvPdf
{
    static readonly Lock Gate = new();

    public static byte[] Render(BbvParagraph p, DateOnly today)
    {
        lock (Gate) GlobalFontSettings.FontResolver ??= new DejaVuFontResolver();
        if (!File.Exists(Path.Combine(DejaVuFontResolver.Directory, "DejaVuSans.ttf")))
            throw new FontMissingException($"PDF export needs the font {DejaVuFontResolver.Directory}/DejaVuSans.ttf; install the Debian package fonts-dejavu-core.");

        using var doc = new PdfDocument();
        doc.Info.Title = $"Paragraaf verbonden partijen {p.OrganisationName} {p.Year}";
        doc.Info.Author = "Verbonden";
        var (h1, h2, bold, body, small) = (new XFont("DejaVu Sans", 16, XFontStyleEx.Bold), new XFont("DejaVu Sans", 12, XFontStyleEx.Bold),
            new XFont("DejaVu Sans", 9, XFontStyleEx.Bold), new XFont("DejaVu Sans", 9), new XFont("DejaVu Sans", 7.5));
        PdfPage page = null!;
        XGraphics g = null!;
        double y = 0;
        const double left = 50, right = 545, bottom = 790;
        void NewPage()
        {
            g?.Dispose();
            page = doc.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            g = XGraphics.FromPdfPage(page);
            y = 50;
        }
        void Text(string s, XFont f, double x = left, double gap = 13)
        {
            if (y + gap > bottom) NewPage();
            foreach (var line in Wrap(g, s, f, right - x))
            {
                if (y + gap > bottom) NewPage();
                g.DrawString(line, f, XBrushes.Black, new XPoint(x, y));
                y += gap;
            }
        }
        void Row(string label, string value) { if (y + 12 > bottom) NewPage(); g.DrawString(label, bold, XBrushes.Black, left + 10, y); Text(value, body, left + 190, 12); }

        NewPage();
        Text($"Paragraaf verbonden partijen {p.Year}", h1, gap: 22);
        Text($"{p.OrganisationName} ({p.OrganisationCode}) · {BbvParagraph.Article} · opgesteld {Fmt.Date(today)}", small, gap: 18);
        foreach (var group in p.Groups)
        {
            y += 6;
            Text(group.Category.Label(), h2, gap: 17);
            if (group.Entries.Count == 0) { Text("Geen verbonden partijen in deze groep.", body); continue; }
            foreach (var e in group.Entries)
            {
                if (y + 120 > bottom) NewPage();
                Text($"{e.Name}{(e.Seat is { Length: > 0 } ? ", " + e.Seat : "")}", bold, gap: 13);
                Row("Rechtsvorm", e.Form.Label());
                Row("Openbaar belang", e.PublicInterest ?? "niet vastgelegd");
                Row("Bestuurlijk belang", Governance(e.Governance));
                Row("Financieel belang", $"bijdrage {Fmt.Money(e.Financial.Contribution)}; aandelen {Fmt.Money(e.Financial.Shares)}; leningen {Fmt.Money(e.Financial.Loans)}; garanties {Fmt.Money(e.Financial.Guarantees)}");
                Row("Eigen vermogen", $"begin {Fmt.Money(e.EquityStart)}, einde {Fmt.Money(e.EquityEnd)}");
                Row("Vreemd vermogen", $"begin {Fmt.Money(e.DebtStart)}, einde {Fmt.Money(e.DebtEnd)}");
                Row("Financieel resultaat", Fmt.Money(e.Result));
                Row("Risico's", e.Risks ?? "niet vastgelegd");
                y += 5;
            }
            Row("Totaal financieel belang", Totals(group.Total));
        }
        y += 8;
        Text("Totaal alle verbonden partijen", h2, gap: 17);
        Row("Financieel belang", Totals(p.Total));
        g.Dispose();
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    public static string Governance(GovernanceInterest g) =>
        $"{g.Seats} zetel(s) in het bestuur; {(g.Votes is { } v ? $"{v} van {g.TotalVotes} stemmen" : "stemmen niet vastgelegd")}";

    public static string Totals(FinancialInterest t) =>
        $"bijdrage {Fmt.Money(t.Contribution)}; aandelen {Fmt.Money(t.Shares)}; leningen {Fmt.Money(t.Loans)}; garanties {Fmt.Money(t.Guarantees)}; totaal {Fmt.Money(t.Total)}";

    static IEnumerable<string> Wrap(XGraphics g, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && g.MeasureString(candidate, font).Width > width) { yield return line; line = word; }
            else line = candidate;
        }
        if (line.Length > 0) yield return line;
    }
}
