using Verbonden.Core.Register;
using Verbonden.Core.Reporting;

namespace Verbonden.Web.Features.Grip;

/// <summary>Renders the paragraaf verbonden partijen as an A4 PDF: per group a block per partij, with totals.</summary>
public static class BbvPdf
{
    public static byte[] Render(BbvParagraph p, DateOnly today)
    {
        var pdf = new PdfText();
        pdf.Line($"Paragraaf verbonden partijen {p.Year}: {p.OrganisationName}", 16, bold: true, after: 4)
           .Line($"{p.OrganisationName} ({p.OrganisationCode}) · {BbvParagraph.Article} · opgesteld {Fmt.Date(today)}", 7.5, after: 8);
        foreach (var group in p.Groups)
        {
            pdf.KeepTogether(60).Line($"{group.Category.Label()} ({group.Entries.Count})", 12, bold: true, after: 3);
            if (group.Entries.Count == 0) pdf.Line("Geen verbonden partijen in deze groep.", after: 6);
            foreach (var e in group.Entries)
            {
                pdf.KeepTogether(130).Line($"{e.Name}{(e.Seat is { Length: > 0 } ? ", " + e.Seat : "")}", 10, bold: true);
                void Row(string label, string value) => pdf.Line($"{label}: {value}", indent: 10);
                Row("Rechtsvorm", e.Form.Label());
                Row("Openbaar belang", e.PublicInterest ?? "niet vastgelegd");
                Row("Bestuurlijk belang", Governance(e.Governance));
                Row("Financieel belang", $"bijdrage {Fmt.Money(e.Financial.Contribution)}; aandelen {Fmt.Money(e.Financial.Shares)}; leningen {Fmt.Money(e.Financial.Loans)}; garanties {Fmt.Money(e.Financial.Guarantees)}");
                Row("Eigen vermogen", $"begin {Fmt.Money(e.EquityStart)}, einde {Fmt.Money(e.EquityEnd)}");
                Row("Vreemd vermogen", $"begin {Fmt.Money(e.DebtStart)}, einde {Fmt.Money(e.DebtEnd)}");
                Row("Financieel resultaat", Fmt.Money(e.Result));
                Row("Risico's", e.Risks ?? "niet vastgelegd");
                if (e.Gaps.Count > 0) Row("Ontbreekt", string.Join(", ", e.Gaps));
                pdf.Line("", 4);
            }
            pdf.Line($"Totaal financieel belang: {Totals(group.Total)}", bold: true, after: 8);
        }
        pdf.KeepTogether(40).Line("Totaal alle verbonden partijen", 12, bold: true, after: 3).Line(Totals(p.Total), bold: true);
        return pdf.ToBytes($"Paragraaf verbonden partijen {p.OrganisationName} {p.Year}");
    }

    public static string Governance(GovernanceInterest g) =>
        $"{g.Seats} zetel(s) in het bestuur; {(g.Votes is { } v ? $"{v} van {g.TotalVotes} stemmen" : "stemmen niet vastgelegd")}";

    public static string Totals(FinancialInterest t) =>
        $"bijdrage {Fmt.Money(t.Contribution)}; aandelen {Fmt.Money(t.Shares)}; leningen {Fmt.Money(t.Loans)}; garanties {Fmt.Money(t.Guarantees)}; totaal {Fmt.Money(t.Total)}"
        .Replace('\u00a0', ' ');
}
