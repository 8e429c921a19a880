using Verbonden.Core.Allocation;
using Verbonden.Data.Export;

namespace Verbonden.Data.Allocation;

/// <summary>The allocation report as an XLSX workbook for controllers (Dutch headers): one sheet per part of the report.</summary>
public static class AllocationXlsx
{
    public static byte[] Write(AllocationReport report) => XlsxWriter.ToBytes([.. Sheets(report)]);

    public static IEnumerable<XlsxSheet> Sheets(AllocationReport report)
    {
        var r = report.Result;
        yield return new XlsxSheet($"Kostenverdeling {r.Year}",
            ["Code", "Deelnemer", .. r.Lines.Select(l => l.Name), "Totaal"],
            [
                .. r.Participants.Select(p => (IReadOnlyList<object?>)[p.Id, p.Name, .. p.Amounts.Cast<object?>(), p.Total]),
                ["Totaal", null, .. r.Lines.Select(l => (object?)l.Total), r.Total],
            ]);
        yield return new XlsxSheet("Regels", ["Regel", "Methode", "Soort", "Totaal"],
            r.Lines.Select(l => (IReadOnlyList<object?>)[l.Name, l.Method.Label(), l.Kind.Label(), l.Total]));
        if (r.Customers.Count > 0)
            yield return new XlsxSheet("Externe afnemers", ["Regel", "Afnemer", "Volume", "Bedrag", "Marge"],
                r.Customers.Select(c => (IReadOnlyList<object?>)[c.Line, c.Name, (double)c.Volume, c.Amount, c.Margin]));
        if (report.Settlement is { } s)
        {
            yield return new XlsxSheet("Afrekening", ["Code", "Deelnemer", "Voorlopig", "Werkelijk", "Verschil", "Te verrekenen"],
            [
                .. s.Participants.Select(p => (IReadOnlyList<object?>)[p.Id, p.Name, p.Provisional, p.Actual, p.Difference, p.Settled]),
                ["Totaal", null, s.ProvisionalTotal, s.ActualTotal, s.ActualTotal - s.ProvisionalTotal, s.SettledTotal],
            ]);
            if (s.Reserve is { } res)
                yield return new XlsxSheet("Egalisatiereserve", ["Post", "Bedrag"],
                [
                    ["Beginstand", res.Opening], ["Resultaat (overschot +)", res.Result], ["Eindstand", res.Closing],
                    ["Plafond", res.Ceiling], ["Boven plafond, terugbetaald", res.Excess], ["Tekort, in rekening gebracht", res.Shortfall],
                ]);
        }
        if (report.Scenarios.Count > 0)
            yield return new XlsxSheet("Scenario's", ["Scenario", "Code", "Deelnemer", "Voor", "Na", "Verschil"],
                report.Scenarios.SelectMany(sc => sc.Participants.Select(p =>
                    (IReadOnlyList<object?>)[sc.Scenario.Name, p.Id, p.Name, p.Before, p.After, p.Difference])));
        if (report.Period is { } period)
            yield return new XlsxSheet("Meerjarenraming", ["Code", "Deelnemer", .. period.Years.Select(y => y.ToString()), "Totaal"],
            [
                .. period.Participants.Select(p => (IReadOnlyList<object?>)[p.Id, p.Name, .. p.Amounts.Cast<object?>(), p.Total]),
                ["Totaal", null, .. period.Totals.Cast<object?>(), period.Total],
            ]);
    }
}
