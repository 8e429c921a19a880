using Verbonden.Data.Export;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;

namespace Verbonden.Web.Features.Grip;

/// <summary>
/// The paragraaf verbonden partijen as a one-sheet workbook: one row per partij, a total row per group and overall.
/// Amounts are numbers (not text) so controllers can calculate with them.
/// </summary>
public static class BbvXlsx
{
    public static readonly string[] Header =
    [
        "Groep", "Naam", "Vestigingsplaats", "Rechtsvorm", "Openbaar belang", "Zetels", "Stemmen", "Totaal stemmen",
        "Bijdrage", "Aandelen", "Leningen", "Garanties", "Eigen vermogen begin", "Eigen vermogen einde",
        "Vreemd vermogen begin", "Vreemd vermogen einde", "Resultaat", "Risico's",
    ];

    /// <remarks>The title of the paragraph is the sheet name; the first row is the header.</remarks>
    public static byte[] Render(BbvParagraph p)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var g in p.Groups)
        {
            foreach (var e in g.Entries)
                rows.Add([g.Category.Label(), e.Name, e.Seat, e.Form.Label(), e.PublicInterest, e.Governance.Seats, e.Governance.Votes, e.Governance.TotalVotes,
                    e.Financial.Contribution, e.Financial.Shares, e.Financial.Loans, e.Financial.Guarantees,
                    e.EquityStart, e.EquityEnd, e.DebtStart, e.DebtEnd, e.Result, e.Risks]);
            rows.Add([g.Category.Label(), "Totaal " + g.Category.Label().ToLowerInvariant(), null, null, null, null, null, null,
                g.Total.Contribution, g.Total.Shares, g.Total.Loans, g.Total.Guarantees]);
        }
        rows.Add([null, "Totaal", null, null, null, null, null, null, p.Total.Contribution, p.Total.Shares, p.Total.Loans, p.Total.Guarantees]);
        return XlsxWriter.ToBytes(new XlsxSheet($"Verbonden partijen {p.Year}", Header, rows));
    }
}
