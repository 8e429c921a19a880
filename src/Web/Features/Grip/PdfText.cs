using System.Globalization;
using System.Text;

namespace Verbonden.Web.Features.Grip;

/// <summary>
/// A minimal PDF 1.4 writer for text documents: A4 pages, the standard Helvetica fonts in WinAnsiEncoding
/// (no font files needed), automatic line wrapping and page breaks.
/// </summary>
/// <remarks>
/// Written instead of using PdfSharp: PdfSharp 6.5 refuses to create a document until the application either
/// loads a commercial license or declares itself AGPL (PdfSharpLicense.SetAgplLicense), a decision for the
/// project owner, not for a feature. Characters outside WinAnsi are replaced by '?'.
/// </remarks>
public sealed class PdfText
{
    const double Width = 595.28, Height = 841.89, Margin = 50;
    readonly List<StringBuilder> _pages = [];
    StringBuilder _page = null!;
    double _y;

    public PdfText() => NewPage();

    void NewPage()
    {
        _page = new StringBuilder();
        _pages.Add(_page);
        _y = Height - Margin;
    }

    /// <summary>Writes <paramref name="text"/> wrapped to the page width, starting at <paramref name="indent"/> points from the margin.</summary>
    public PdfText Line(string text, double size = 9, bool bold = false, double indent = 0, double after = 0)
    {
        var maxChars = Math.Max(10, (int)((Width - 2 * Margin - indent) / (size * (bold ? 0.56 : 0.52))));
        foreach (var line in Wrap(text, maxChars))
        {
            if (_y - size * 1.35 < Margin) NewPage();
            _y -= size * 1.35;
            _page.Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size:0.##} Tf {Margin + indent:0.##} {_y:0.##} Td (");
            _page.Append(Escape(line)).Append(") Tj ET\n");
        }
        _y -= after;
        return this;
    }

    /// <summary>Starts a new page when less than <paramref name="points"/> remain.</summary>
    public PdfText KeepTogether(double points)
    {
        if (_y - points < Margin) NewPage();
        return this;
    }

    public byte[] ToBytes(string title)
    {
        var objects = new List<byte[]>();
        int Add(string s) { objects.Add(WinAnsi(s)); return objects.Count; }
        byte[] Stream(string content) => WinAnsi(content);
        // 1 catalog, 2 pages, 3-4 fonts, 5 info, then per page: content + page.
        Add("<< /Type /Catalog /Pages 2 0 R >>");
        Add("");
        Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        Add($"<< /Title ({Escape(title)}) /Producer (Verbonden) >>");
        var kids = new List<int>();
        foreach (var p in _pages)
        {
            var body = Stream(p.ToString());
            var content = Add($"<< /Length {body.Length} >>\nstream\n" + Encoding.Latin1.GetString(body) + "endstream");
            kids.Add(Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width.ToString(CultureInfo.InvariantCulture)} {Height.ToString(CultureInfo.InvariantCulture)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content} 0 R >>"));
        }
        objects[1] = WinAnsi($"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");

        using var ms = new MemoryStream();
        void W(string s) { var b = Encoding.Latin1.GetBytes(s); ms.Write(b); }
        W("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(ms.Position);
            W($"{i + 1} 0 obj\n");
            ms.Write(objects[i]);
            W("\nendobj\n");
        }
        var xref = ms.Position;
        W($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) W($"{o:D10} 00000 n \n");
        W($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return ms.ToArray();
    }

    static IEnumerable<string> Wrap(string text, int maxChars)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    static string Escape(string s) => s.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)").Replace("\r", " ").Replace("\n", " ");

    /// <summary>Encodes to WinAnsi (Windows-1252): Latin-1 plus the typographic characters used in Dutch text.</summary>
    static byte[] WinAnsi(string s)
    {
        var bytes = new byte[s.Length];
        for (var i = 0; i < s.Length; i++)
            bytes[i] = s[i] switch
            {
                '€' => 0x80, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94, '•' => 0x95, '–' => 0x96, '—' => 0x97,
                '\u00a0' or '\u202f' => 0x20,
                var c when c < 256 => (byte)c,
                _ => (byte)'?',
            };
        return bytes;
    }
}
