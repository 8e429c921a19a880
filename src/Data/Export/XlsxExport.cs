using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Verbonden.Data.Export;

/// <summary>Writes tables as an XLSX workbook (one sheet per table): a bold header row, numbers as numbers, dates as Excel dates.</summary>
public static class XlsxExport
{
    public static void Write(ExportTable table, Stream output) => Write([table], output);

    public static void Write(IReadOnlyList<ExportTable> tables, Stream output)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        AddStyles(wb);
        var sheets = wb.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var t in tables)
        {
            var part = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(t.Columns.Select(c => Text(c, bold: true))));
            foreach (var r in t.Rows) data.Append(new Row(r.Select(Cell)));
            part.Worksheet = new Worksheet(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }), data);
            sheets.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = t.Name.Length > 31 ? t.Name[..31] : t.Name });
        }
        wb.Workbook.Save();
    }

    static Cell Cell(object? v) => v switch
    {
        null => new Cell(),
        int or long or decimal or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!) },
        DateOnly d => new Cell { StyleIndex = 2, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) },
        _ => Text(v.ToString() ?? ""),
    };

    static Cell Text(string s, bool bold = false) =>
        new(new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = bold ? 1u : 0u };

    /// <summary>Style 0 normal, 1 bold (header), 2 date (yyyy-mm-dd).</summary>
    static void AddStyles(WorkbookPart wb)
    {
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
    }
}
