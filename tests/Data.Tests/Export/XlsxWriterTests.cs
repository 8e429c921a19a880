using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Verbonden.Data.Export;

namespace Verbonden.Data.Tests.Export;

public class XlsxWriterTests
{
    static List<Cell> Cells(SpreadsheetDocument doc, string sheet)
    {
        var wb = doc.WorkbookPart!;
        var s = wb.Workbook.Sheets!.Elements<Sheet>().Single(x => x.Name == sheet);
        return [.. ((WorksheetPart)wb.GetPartById(s.Id!)).Worksheet.Descendants<Cell>()];
    }

    [Fact]
    public void Write_TypedCellsInSeveralSheets_ReadBackWithTheirTypes()
    {
        var bytes = XlsxWriter.ToBytes(
            new XlsxSheet("Kostenverdeling", ["Code", "Bedrag", "Datum", "Aantal"],
                [["GM0175", 12_030_864.20m, new DateOnly(2026, 1, 1), 17_900], ["Ommen & \"co\"", -0.01m, null, 3L]]),
            new XlsxSheet("Regels: een/twee", ["Regel"], [["Bestuursdienst"]]));

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(["Kostenverdeling", "Regels- een-twee"], doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var cells = Cells(doc, "Kostenverdeling").ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("GM0175", cells["A2"].InlineString!.InnerText);
        Assert.Equal("12030864.20", cells["B2"].CellValue!.Text);
        Assert.Null(cells["B2"].DataType); // a number, not text
        Assert.Equal("46023", cells["C2"].CellValue!.Text); // 2026-01-01 as an Excel serial date
        Assert.Equal("17900", cells["D2"].CellValue!.Text);
        Assert.Equal("Ommen & \"co\"", cells["A3"].InlineString!.InnerText);
        Assert.Equal("-0.01", cells["B3"].CellValue!.Text);
        Assert.False(cells.ContainsKey("C3"));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_CountsLikeExcel(int index, string name) => Assert.Equal(name, XlsxWriter.ColumnName(index));
}
