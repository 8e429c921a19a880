using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;

namespace Verbonden.Web.Features.Grip;

/// <summary>
/// The paragraaf verbonden partijen as a one-sheet workbook: one row per partij, a total row per group and overall.
/// Amounts are numbers (not text) so controllers can calculate with them.
/// </summary>
/// <remarks>A small local writer; the lead will replace it with the shared src/Data/Export/XlsxWriter.cs.</remarks>
public static class BbvXlsx
{
    public static readonly string[] Header =
    [
        "Groep", "Naam", "Vestigingsplaats", "Rechtsvorm", "Openbaar belang", "Zetels", "Stemmen", "Totaal stemmen",
        "Bijdrage", "Aandelen", "Leningen", "Garanties", "Eigen vermogen begin", "Eigen vermogen einde",
        "Vreemd vermogen begin", "Vreemd vermogen einde", "Resultaat", "Risico's",
    ];

    public static byte[] Render(BbvParagraph p)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            ws.Worksheet = new Worksheet(data);
            data.Append(Row([$"Paragraaf verbonden partijen {p.OrganisationName} ({p.OrganisationCode}) {p.Year}"]));
            data.Append(Row(Header.Cast<object?>().ToArray()));
            foreach (var g in p.Groups)
            {
                foreach (var e in g.Entries)
                    data.Append(Row([g.Category.Label(), e.Name, e.Seat, e.Form.Label(), e.PublicInterest, e.Governance.Seats, e.Governance.Votes, e.Governance.TotalVotes,
                        e.Financial.Contribution, e.Financial.Shares, e.Financial.Loans, e.Financial.Guarantees,
                        e.EquityStart, e.EquityEnd, e.DebtStart, e.DebtEnd, e.Result, e.Risks]));
                data.Append(Row([g.Category.Label(), "Totaal " + g.Category.Label().ToLowerInvariant(), null, null, null, null, null, null,
                    g.Total.Contribution, g.Total.Shares, g.Total.Loans, g.Total.Guarantees]));
            }
            data.Append(Row([null, "Totaal", null, null, null, null, null, null, p.Total.Contribution, p.Total.Shares, p.Total.Loans, p.Total.Guarantees]));
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = $"Verbonden partijen {p.Year}" }));
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    static Row Row(object?[] values)
    {
        var row = new Row();
        foreach (var v in values)
            row.Append(v switch
            {
                null => new Cell(),
                decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
            });
        return row;
    }
}
