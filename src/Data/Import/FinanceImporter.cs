using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Reporting;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Import;

/// <summary>
/// Imports the yearly figures of arrangements (docs/finances.md): one row per arrangement and year with its own
/// balance sheet and result, or per arrangement, participant and year with the participant's financieel belang.
/// Amounts have a decimal point and at most two decimals; dates are ISO (yyyy-mm-dd).
/// A column missing from the header leaves the stored values alone; an empty cell means unknown (arrangement
/// figures and dates) or zero (a participant's amounts). Re-running is idempotent: rows are upserted by
/// arrangement and year, or arrangement, participant and year.
/// </summary>
public static class FinanceImporter
{
    public const string Name = "finances";

    public static readonly string[] ArrangementColumns =
        ["eigen_vermogen_begin", "eigen_vermogen_einde", "vreemd_vermogen_begin", "vreemd_vermogen_einde", "resultaat", "risicos", "ab_vergadering", "ontwerpbegroting_verzonden"];
    public static readonly string[] ParticipantColumns = ["bijdrage", "aandelen", "leningen", "garanties"];
    static readonly string[] KeyColumns = ["regeling_id", "cbs_gr_code", "jaar", "deelnemer"];
    const int MaxRisks = 4000;

    public static async Task<ImportSummary> ImportAsync(VerbondenDbContext db, string file, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(file);
        return await ImportAsync(db, stream, file, progress, ct);
    }

    public static async Task<ImportSummary> ImportAsync(VerbondenDbContext db, Stream csv, string file, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var source = CsvSource.Read(csv, file, ["jaar"]);
        CheckHeader(source);
        var has = source.Header.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = source.Records;
        var summary = new ImportSummary(Name, file) { Rows = rows.Count };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var arrangements = await db.Arrangements.AsNoTracking().Select(a => new { a.Id, a.CbsGrCode }).ToListAsync(ct);
        var ids = arrangements.Select(a => a.Id).ToHashSet();
        var byCbs = arrangements.Where(a => a.CbsGrCode != null).GroupBy(a => a.CbsGrCode!.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Id);
        var orgs = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code }).ToDictionaryAsync(o => o.Code.ToUpperInvariant(), o => o.Id, ct);
        var members = (await db.Participations.AsNoTracking().Select(p => new { p.ArrangementId, p.OrganisationId }).ToListAsync(ct))
            .Select(p => (p.ArrangementId, p.OrganisationId)).ToHashSet();
        var years = await db.ArrangementYears.ToDictionaryAsync(y => (y.ArrangementId, y.Year), ct);
        var finances = await db.ParticipantFinances.ToDictionaryAsync(f => (f.ArrangementId, f.OrganisationId, f.Year), ct);
        var seen = new Dictionary<(int, int, int), int>();
        var done = 0;

        foreach (var row in rows)
        {
            var arrangementId = ArrangementOf(row, ids, byCbs);
            var year = Year(row);
            var code = row.Get("deelnemer").ToUpperInvariant();
            int orgId = 0;
            if (code.Length > 0)
            {
                if (!orgs.TryGetValue(code, out orgId)) throw row.Error("deelnemer", $"'{code}' is not a known organisation code; import the CBS list first (verbonden import organisations)");
                if (!members.Contains((arrangementId, orgId))) throw row.Error("deelnemer", $"{code} does not take part in arrangement {arrangementId}");
            }
            if (seen.TryGetValue((arrangementId, orgId, year), out var first))
                throw row.Error(code.Length > 0 ? "deelnemer" : "jaar", $"repeats line {first}: one row per arrangement{(code.Length > 0 ? ", participant" : "")} and year");
            seen[(arrangementId, orgId, year)] = row.Line;

            if (code.Length == 0)
            {
                NotFilled(row, ParticipantColumns, "belongs on a participant row (fill 'deelnemer')");
                var isNew = !years.TryGetValue((arrangementId, year), out var y);
                y ??= new ArrangementYear { ArrangementId = arrangementId, Year = year };
                var before = Fingerprint(y);
                if (has.Contains("eigen_vermogen_begin")) y.EquityStart = Amount(row, "eigen_vermogen_begin");
                if (has.Contains("eigen_vermogen_einde")) y.EquityEnd = Amount(row, "eigen_vermogen_einde");
                if (has.Contains("vreemd_vermogen_begin")) y.DebtStart = Amount(row, "vreemd_vermogen_begin", nonNegative: true);
                if (has.Contains("vreemd_vermogen_einde")) y.DebtEnd = Amount(row, "vreemd_vermogen_einde", nonNegative: true);
                if (has.Contains("resultaat")) y.Result = Amount(row, "resultaat");
                if (has.Contains("risicos")) y.Risks = row.Get("risicos") is { Length: > 0 } r ? (r.Length <= MaxRisks ? r : throw row.Error("risicos", $"is longer than {MaxRisks} characters")) : null;
                if (has.Contains("ab_vergadering")) y.AbMeetingOn = Date(row, "ab_vergadering");
                if (has.Contains("ontwerpbegroting_verzonden")) y.DraftBudgetSentOn = Date(row, "ontwerpbegroting_verzonden");
                if (y.DraftBudgetSentOn > y.AbMeetingOn)
                    throw row.Error("ontwerpbegroting_verzonden", $"the draft budget was sent after the AB meeting of {y.AbMeetingOn:yyyy-MM-dd}");
                Validate(row, y.Validate);
                if (isNew) { db.ArrangementYears.Add(y); years[(arrangementId, year)] = y; summary.Created++; }
                else if (Fingerprint(y) != before) summary.Updated++;
                else summary.Unchanged++;
                summary.Count("arrangement years");
            }
            else
            {
                NotFilled(row, ArrangementColumns, "belongs on the arrangement's own row (leave 'deelnemer' empty)");
                if (ParticipantColumns.All(c => row.Get(c).Length == 0))
                    throw row.Error(ParticipantColumns.FirstOrDefault(has.Contains) ?? "deelnemer", "a participant row needs at least one of bijdrage, aandelen, leningen, garanties");
                var isNew = !finances.TryGetValue((arrangementId, orgId, year), out var f);
                f ??= new ParticipantFinance { ArrangementId = arrangementId, OrganisationId = orgId, Year = year };
                var before = (f.Contribution, f.Shares, f.Loans, f.Guarantees);
                if (has.Contains("bijdrage")) f.Contribution = Amount(row, "bijdrage") ?? 0;
                if (has.Contains("aandelen")) f.Shares = Amount(row, "aandelen", nonNegative: true) ?? 0;
                if (has.Contains("leningen")) f.Loans = Amount(row, "leningen", nonNegative: true) ?? 0;
                if (has.Contains("garanties")) f.Guarantees = Amount(row, "garanties", nonNegative: true) ?? 0;
                Validate(row, f.Validate);
                if (isNew) { db.ParticipantFinances.Add(f); finances[(arrangementId, orgId, year)] = f; summary.Created++; }
                else if ((f.Contribution, f.Shares, f.Loans, f.Guarantees) != before) summary.Updated++;
                else summary.Unchanged++;
                summary.Count("participant finances");
            }
            progress?.Report(new ImportProgress("figures", ++done, rows.Count));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return summary;
    }

    static void CheckHeader(CsvSource source)
    {
        var known = KeyColumns.Concat(ArrangementColumns).Concat(ParticipantColumns).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (source.Header.FirstOrDefault(h => !known.Contains(h)) is { } unknown)
            throw new ImportException(source.File, 1, unknown, $"unknown column; the columns are {string.Join(", ", known)} (see docs/finances.md)");
        if (!source.Header.Any(h => h.Equals("regeling_id", StringComparison.OrdinalIgnoreCase) || h.Equals("cbs_gr_code", StringComparison.OrdinalIgnoreCase)))
            throw new ImportException(source.File, 1, "regeling_id", "missing column 'regeling_id' or 'cbs_gr_code' to name the arrangement");
    }

    static int ArrangementOf(CsvRecord row, HashSet<int> ids, Dictionary<string, int> byCbs)
    {
        int? byId = null;
        if (row.Get("regeling_id") is { Length: > 0 } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) throw row.Error("regeling_id", $"'{text}' is not a number");
            if (!ids.Contains(id)) throw row.Error("regeling_id", $"no arrangement has id {id}");
            byId = id;
        }
        if (row.Get("cbs_gr_code") is { Length: > 0 } cbs)
        {
            if (!byCbs.TryGetValue(cbs.ToUpperInvariant(), out var id)) throw row.Error("cbs_gr_code", $"no arrangement has CBS code '{cbs}'");
            if (byId is { } other && other != id) throw row.Error("cbs_gr_code", $"'{cbs}' is arrangement {id}, not {other} as regeling_id says");
            return id;
        }
        return byId ?? throw row.Error("regeling_id", "is empty; fill regeling_id or cbs_gr_code");
    }

    static int Year(CsvRecord row)
    {
        var text = row.Required("jaar", 4);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 9998
            ? y : throw row.Error("jaar", $"'{text}' is not a year between 1900 and 9998");
    }

    static decimal? Amount(CsvRecord row, string column, bool nonNegative = false)
    {
        var text = row.Get(column);
        if (text.Length == 0) return null;
        if (!AmountText.TryParseFile(text, out var v))
            throw row.Error(column, $"'{text}' is not an amount in euros with a decimal point and at most two decimals, e.g. 1234.56");
        return nonNegative && v < 0 ? throw row.Error(column, $"'{text}' must not be negative") : v;
    }

    static DateOnly? Date(CsvRecord row, string column)
    {
        var text = row.Get(column);
        if (text.Length == 0) return null;
        return IsoDate.TryParse(text, out var d) ? d
            : throw row.Error(column, $"'{text}' is not a date as yyyy-mm-dd");
    }

    static void NotFilled(CsvRecord row, string[] columns, string message)
    {
        if (columns.FirstOrDefault(c => row.Get(c).Length > 0) is { } c) throw row.Error(c, message);
    }

    static void Validate(CsvRecord row, Action validate)
    {
        try { validate(); }
        catch (DomainException e) { throw row.Error(Column(e.Field), e.Message); }
    }

    static string? Column(string? property) => property switch
    {
        nameof(ArrangementYear.Year) => "jaar",
        nameof(ArrangementYear.DebtStart) => "vreemd_vermogen_begin",
        nameof(ArrangementYear.DebtEnd) => "vreemd_vermogen_einde",
        nameof(ArrangementYear.DraftBudgetSentOn) => "ontwerpbegroting_verzonden",
        nameof(ParticipantFinance.Shares) => "aandelen",
        nameof(ParticipantFinance.Loans) => "leningen",
        nameof(ParticipantFinance.Guarantees) => "garanties",
        _ => property,
    };

    /// <summary>The stored facts as a value; decimals compare by value, so 2000000.00 equals 2000000 read back from the database.</summary>
    static (decimal?, decimal?, decimal?, decimal?, decimal?, string?, DateOnly?, DateOnly?) Fingerprint(ArrangementYear y) =>
        (y.EquityStart, y.EquityEnd, y.DebtStart, y.DebtEnd, y.Result, y.Risks, y.AbMeetingOn, y.DraftBudgetSentOn);
}
