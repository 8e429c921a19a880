using Verbonden.Core.Reporting;
using Verbonden.Data.Grip;
using Verbonden.Web.Features.Shared;

namespace Verbonden.Web.Features.Grip;

/// <summary>
/// The posted finance form of one arrangement and year, as typed. Amounts follow <see cref="AmountText.TryParseInput"/>
/// ("1.234,56" and "1234.56" both mean 1234,56 euro). An empty arrangement amount means "unknown"; a participant
/// with all four amounts empty has no financieel belang recorded, and an empty amount next to filled ones is zero.
/// </summary>
public sealed class FinanceForm
{
    public string? EigenVermogenBegin { get; set; }
    public string? EigenVermogenEinde { get; set; }
    public string? VreemdVermogenBegin { get; set; }
    public string? VreemdVermogenEinde { get; set; }
    public string? Resultaat { get; set; }
    public string? Risicos { get; set; }
    public List<Row> Deelnemers { get; set; } = [];

    public sealed class Row
    {
        public int OrganisationId { get; set; }
        public string? Bijdrage { get; set; }
        public string? Aandelen { get; set; }
        public string? Leningen { get; set; }
        public string? Garanties { get; set; }
    }

    public const int MaxRisks = 4000;

    /// <summary>The form filled with stored figures, amounts written the Dutch way ("1234,56").</summary>
    public static FinanceForm From(ArrangementFinances f) => new()
    {
        EigenVermogenBegin = Show(f.Figures?.EquityStart), EigenVermogenEinde = Show(f.Figures?.EquityEnd),
        VreemdVermogenBegin = Show(f.Figures?.DebtStart), VreemdVermogenEinde = Show(f.Figures?.DebtEnd),
        Resultaat = Show(f.Figures?.Result), Risicos = f.Figures?.Risks,
        Deelnemers = [.. f.Participants.Select(p => new Row
        {
            OrganisationId = p.OrganisationId, Bijdrage = Show(p.Figures?.Contribution), Aandelen = Show(p.Figures?.Shares),
            Leningen = Show(p.Figures?.Loans), Garanties = Show(p.Figures?.Guarantees),
        })],
    };

    static string? Show(decimal? d) => d?.ToString("0.00", Fmt.Nl);

    /// <summary>Field ids, used for the labels and for the links in the error summary.</summary>
    public static string IdOf(string field, int? organisationId = null) => organisationId is { } id ? $"{field}-{id}" : field;

    /// <summary>Checks and converts the form. Errors carry the id of the field and a Dutch message.</summary>
    /// <param name="participants">The organisations the form may hold figures for, by id, with their names for the messages.</param>
    public (YearFigures? Figures, List<(int OrganisationId, ParticipantFigures? Figures)> Participants, List<(string Field, string Message)> Errors)
        Validate(IReadOnlyDictionary<int, string> participants)
    {
        var errors = new List<(string Field, string Message)>();
        decimal? Amount(string? text, string id, string what, bool nonNegative)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!AmountText.TryParseInput(text, out var v))
                errors.Add((id, $"{what}: vul een bedrag in euro's in met hoogstens twee decimalen, bijvoorbeeld 1.234,56 of 1234.56."));
            else if (nonNegative && v < 0) errors.Add((id, $"{what}: het bedrag kan niet negatief zijn."));
            else return v;
            return null;
        }
        var figures = new YearFigures(
            Amount(EigenVermogenBegin, IdOf("eigen-vermogen-begin"), "Eigen vermogen begin van het jaar", false),
            Amount(EigenVermogenEinde, IdOf("eigen-vermogen-einde"), "Eigen vermogen einde van het jaar", false),
            Amount(VreemdVermogenBegin, IdOf("vreemd-vermogen-begin"), "Vreemd vermogen begin van het jaar", true),
            Amount(VreemdVermogenEinde, IdOf("vreemd-vermogen-einde"), "Vreemd vermogen einde van het jaar", true),
            Amount(Resultaat, IdOf("resultaat"), "Financieel resultaat", false),
            string.IsNullOrWhiteSpace(Risicos) ? null : Risicos.Trim());
        if (figures.Risks is { Length: > MaxRisks }) errors.Add((IdOf("risicos"), $"Risico's: gebruik hoogstens {MaxRisks} tekens."));

        var rows = new List<(int, ParticipantFigures?)>();
        var seen = new HashSet<int>();
        foreach (var r in Deelnemers)
        {
            if (!participants.TryGetValue(r.OrganisationId, out var name) || !seen.Add(r.OrganisationId))
            {
                errors.Add((IdOf("bijdrage", r.OrganisationId), "Deze organisatie neemt in dit jaar niet deel aan de regeling."));
                continue;
            }
            var c = Amount(r.Bijdrage, IdOf("bijdrage", r.OrganisationId), $"Bijdrage van {name}", false);
            var s = Amount(r.Aandelen, IdOf("aandelen", r.OrganisationId), $"Aandelen van {name}", true);
            var l = Amount(r.Leningen, IdOf("leningen", r.OrganisationId), $"Leningen van {name}", true);
            var g = Amount(r.Garanties, IdOf("garanties", r.OrganisationId), $"Garanties van {name}", true);
            var empty = new[] { r.Bijdrage, r.Aandelen, r.Leningen, r.Garanties }.All(string.IsNullOrWhiteSpace);
            rows.Add((r.OrganisationId, empty ? null : new ParticipantFigures(c ?? 0, s ?? 0, l ?? 0, g ?? 0)));
        }
        return errors.Count > 0 ? (null, [], errors) : (figures, rows, errors);
    }

    public IEnumerable<FormField> YearFields(IReadOnlyList<(string Field, string Message)> errors)
    {
        string? E(string id) => errors.FirstOrDefault(e => e.Field == id).Message;
        FormField F(string id, string name, string label, string? value) => new(id, "Data." + name, label, value, E(id)) { Description = AmountText.InputHint };
        yield return F("eigen-vermogen-begin", nameof(EigenVermogenBegin), "Eigen vermogen aan het begin van het jaar", EigenVermogenBegin);
        yield return F("eigen-vermogen-einde", nameof(EigenVermogenEinde), "Eigen vermogen aan het einde van het jaar", EigenVermogenEinde);
        yield return F("vreemd-vermogen-begin", nameof(VreemdVermogenBegin), "Vreemd vermogen aan het begin van het jaar", VreemdVermogenBegin);
        yield return F("vreemd-vermogen-einde", nameof(VreemdVermogenEinde), "Vreemd vermogen aan het einde van het jaar", VreemdVermogenEinde);
        yield return F("resultaat", nameof(Resultaat), "Verwacht financieel resultaat", Resultaat) with { Description = "Een tekort met een minteken, bijvoorbeeld -25.000." };
        yield return new FormField("risicos", "Data.Risicos", "Risico's", Risicos, E("risicos")) { Kind = "textarea" };
    }

    public IEnumerable<FormField> ParticipantFields(int index, IReadOnlyList<(string Field, string Message)> errors)
    {
        var r = Deelnemers[index];
        string? E(string id) => errors.FirstOrDefault(e => e.Field == id).Message;
        FormField F(string field, string name, string label, string? value) =>
            new(IdOf(field, r.OrganisationId), $"Data.Deelnemers[{index}].{name}", label, value, E(IdOf(field, r.OrganisationId)));
        yield return F("bijdrage", nameof(Row.Bijdrage), "Bijdrage", r.Bijdrage);
        yield return F("aandelen", nameof(Row.Aandelen), "Aandelen", r.Aandelen);
        yield return F("leningen", nameof(Row.Leningen), "Leningen", r.Leningen);
        yield return F("garanties", nameof(Row.Garanties), "Garanties", r.Garanties);
    }
}
