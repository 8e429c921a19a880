using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Verbonden.Data.Export;

/// <summary>
/// One worksheet: a bold header row and data rows. Cell values are typed by their .NET type: <see cref="string"/>
/// as text, <see cref="decimal"/> as a number shown with two decimals (money), <see cref="int"/>/<see cref="long"/>
/// as a whole number, <see cref="double"/> as a general number, <see cref="DateOnly"/> as a date (yyyy-mm-dd),
/// <see cref="bool"/> as TRUE/FALSE, null as an empty cell.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>Writes XLSX workbooks with the Open XML SDK: one or more sheets of header plus typed rows.</summary>
public static class XlsxWriter
{
    const uint HeaderStyle = 1, MoneyStyle = 2, DateStyle = 3, IntegerStyle = 4, DecimalStyle = 5;

    public static byte[] ToBytes(params XlsxSheet[] sheets)
    {
        using var ms = new MemoryStream();
        Write(ms, sheets);
        return ms.ToArray();
    }

    public static void Write(Stream stream, IEnumerable<XlsxSheet> sheets)
    {
        using var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var list = wb.Workbook.AppendChild(new Sheets());
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var width = sheet.Header.Count;
            data.Append(Row(1, sheet.Header.Select(h => (object?)h).ToList(), header: true));
            uint r = 2;
            foreach (var row in sheet.Rows)
            {
                width = Math.Max(width, row.Count);
                data.Append(Row(r++, row, header: false));
            }
            var ws = new Worksheet();
            if (width > 0)
                ws.Append(new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                }) { WorkbookViewId = 0 }));
            ws.Append(new Columns(Enumerable.Range(1, Math.Max(width, 1)).Select(c =>
                new Column { Min = (uint)c, Max = (uint)c, Width = c == 1 ? 14 : 18, CustomWidth = true })));
            ws.Append(data);
            part.Worksheet = ws;
            list.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = SheetName(sheet.Name, used) });
        }
        wb.Workbook.Save();
    }

    static Row Row(uint index, IReadOnlyList<object?> values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c] is null) continue;
            var cell = Cell(values[c]!);
            cell.CellReference = ColumnName(c) + index;
            if (header) cell.StyleIndex = HeaderStyle;
            row.Append(cell);
        }
        return row;
    }

    static Cell Cell(object value) => value switch
    {
        string s => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(s)) { Space = SpaceProcessingModeValues.Preserve }) },
        decimal d => Number(d.ToString(System.Globalization.CultureInfo.InvariantCulture), MoneyStyle),
        int i => Number(i.ToString(System.Globalization.CultureInfo.InvariantCulture), IntegerStyle),
        long l => Number(l.ToString(System.Globalization.CultureInfo.InvariantCulture), IntegerStyle),
        double x => Number(x.ToString("R", System.Globalization.CultureInfo.InvariantCulture), DecimalStyle),
        DateOnly date => Number((date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), DateStyle),
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        _ => Cell(value.ToString() ?? ""),
    };

    static Cell Number(string text, uint style) => new() { CellValue = new CellValue(text), StyleIndex = style };

    /// <summary>Column letters for a zero-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>Removes control characters that XML 1.0 cannot hold.</summary>
    static string Clean(string s) => s.Any(ch => ch < 0x20 && ch is not ('\t' or '\n' or '\r'))
        ? new string([.. s.Where(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r')])
        : s;

    /// <summary>Excel's sheet name rules: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Select(ch => "[]:*?/\\".Contains(ch) ? '-' : ch)]).Trim('\'');
        if (clean.Length == 0) clean = "Blad";
        if (clean.Length > 31) clean = clean[..31];
        var candidate = clean;
        for (var i = 2; !used.Add(candidate); i++) candidate = clean[..Math.Min(clean.Length, 28)] + $" {i}";
        return candidate;
    }

    static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },   // #,##0.00
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }, // yyyy-mm-dd
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },   // 0
            new CellFormat { NumberFormatId = 0, ApplyNumberFormat = true }) { Count = 6 });
}
