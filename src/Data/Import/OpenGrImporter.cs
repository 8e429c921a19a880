using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Matching;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Import;

/// <summary>
/// Imports the OpenGR register of 2016 (columns Deelnemer, Gemeenschappelijke regeling, Postcode, Plaats,
/// Provincie): one row per participant of an arrangement, as the twelve provinces supplied it.
/// </summary>
/// <remarks>
/// <para>Arrangements: one per distinct name (encoding repaired, spaces trimmed), with legal form
/// <see cref="LegalForm.WgrOnbekend"/> and source "opengr". Province, seat and postcode come from the name's
/// first row; a name listed by two provinces is reported as a warning. "(opgeheven per 25 januari 2016)" in
/// a name makes the arrangement Opgeheven with that date and is left out of the name; a remark without a date
/// ("in 2016 opgeheven") stays in the name, goes into the notes and is reported, but makes up no date.</para>
/// <para>Participants: every distinct name is matched with <see cref="OrganisationMatcher"/> against the
/// organisations that have a CBS code, in the context of the row's province. New names become an organisation
/// with a Verbonden code ("X-…"); a name the matcher cannot decide becomes a placeholder ("X-REVIEW-…") so that
/// no participation points at a guessed organisation.</para>
/// <para>Participations: one per organisation per arrangement, because an organisation takes part in an
/// arrangement once (<see cref="Arrangement.AddParticipant"/>). Hence a cell naming two municipalities gives
/// two participations, and two spellings of the same organisation in one arrangement give one; the first
/// name as written is kept in <see cref="Participation.SourceName"/>.</para>
/// <para>Re-running is idempotent: arrangements are found by name among those with source "opengr", only
/// empty fields are filled in, and missing participations are added; nothing is removed or overwritten.</para>
/// <para>Everything is read and matched before the first write, and all writes share one transaction.</para>
/// </remarks>
public static partial class OpenGrImporter
{
    public const string Name = "opengr";
    public const string Source = "opengr";
    public const string ParticipantColumn = "Deelnemer";
    public const string ArrangementColumn = "Gemeenschappelijke regeling";
    public static readonly string[] Columns = [ParticipantColumn, ArrangementColumn, "Postcode", "Plaats", "Provincie"];

    /// <summary>A row after parsing: the raw participant name and the resolved province context.</summary>
    internal sealed record Row(int Line, string RawParticipant, string Arrangement, string Postcode, string Place, string ProvinceText, Province? Province);

    /// <summary>An arrangement as the file describes it: its name, its first row and all its rows in file order.</summary>
    sealed record ArrangementDraft(ArrangementName Name, Row First, List<Row> Rows);

    /// <summary>The outcome for one distinct raw participant name in one province context, and the codes of the organisations its participations point at.</summary>
    internal sealed record Resolution(MatchResult Result, IReadOnlyList<string> Codes);

    public static async Task<ImportSummary> ImportAsync(VerbondenDbContext db, string file, string? reportPath = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var summary = new ImportSummary(Name, file);
        if (reportPath is not null && Path.GetDirectoryName(Path.GetFullPath(reportPath)) is { } dir && !Directory.Exists(dir))
            throw new ImportPreconditionException($"cannot write the report: folder {dir} does not exist");

        var rows = ReadRows(CsvSource.Read(file, Columns));
        summary.Rows = rows.Count;
        var arrangements = GroupArrangements(rows, summary);

        var candidates = await db.Organisations.AsNoTracking()
            .Where(o => !o.Code.StartsWith(VerbondenCodes.Prefix))
            .Select(o => new MatchCandidate(o.Code, o.Name, o.Type, o.ProvinceCode))
            .ToListAsync(ct);
        if (!candidates.Any(c => c.Type == OrganisationType.Gemeente))
            throw new ImportPreconditionException("the database holds no CBS municipalities: run 'verbonden import organisations' with the CBS code list first");
        var matcher = new OrganisationMatcher(candidates);
        var resolutions = Resolve(rows, matcher, progress);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var organisations = await UpsertOrganisationsAsync(db, resolutions.Values, summary, ct);
        await UpsertArrangementsAsync(db, file, arrangements, resolutions, organisations, summary, progress, ct);
        var report = OpenGrReport.Build(rows, resolutions, organisations);
        CountOutcomes(report, summary);
        // The report is written before the commit and moved into place after it: a report that cannot be
        // written undoes the import, and a failed import leaves no report.
        var pending = reportPath is null ? null : OpenGrReport.WriteTemporary(reportPath, report);
        try
        {
            await tx.CommitAsync(ct);
        }
        catch
        {
            if (pending is not null) File.Delete(pending);
            throw;
        }
        if (pending is not null) File.Move(pending, reportPath!, overwrite: true);
        return summary;
    }

    static List<Row> ReadRows(CsvSource csv)
    {
        var rows = new List<Row>(csv.Records.Count);
        foreach (var r in csv.Records)
        {
            var raw = r.Raw(ParticipantColumn);
            if (raw.Trim().Length == 0) throw r.Error(ParticipantColumn, "is empty");
            if (raw.Length > 200) throw r.Error(ParticipantColumn, "is longer than 200 characters");
            var arrangement = r.Required(ArrangementColumn, 300);
            var postcode = ForeignSuffix().Replace(TextRepair.Tidy(r.Get("Postcode")), "");
            if (postcode.Length > 10) throw r.Error("Postcode", $"'{postcode}' is not a postcode");
            var place = TextRepair.Tidy(r.Get("Plaats"));
            if (place.Length > 100) throw r.Error("Plaats", "is longer than 100 characters");
            var provinceText = TextRepair.Tidy(r.Get("Provincie"));
            var province = Provinces.Resolve(provinceText);
            if (province is null && provinceText.Length > 0 && NameKey.Parse(provinceText).Kind != NameKind.Buitenlands)
                throw r.Error("Provincie", $"'{provinceText}' is not a Dutch province nor marked as foreign, e.g. '(Duitsland)'");
            rows.Add(new Row(r.Line, raw, arrangement, postcode, place, provinceText, province));
        }
        return rows;
    }

    /// <summary>"47533 (Duitsland)": the country is in the place already; the postcode column keeps the code.</summary>
    [GeneratedRegex(@"\s*\((Duitsland|België|Belgie)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignSuffix();

    static List<ArrangementDraft> GroupArrangements(List<Row> rows, ImportSummary summary)
    {
        var drafts = new Dictionary<string, ArrangementDraft>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = ArrangementName.Parse(row.Arrangement);
            if (!drafts.TryGetValue(name.Name, out var draft)) drafts[name.Name] = draft = new ArrangementDraft(name, row, []);
            draft.Rows.Add(row);
        }
        foreach (var d in drafts.Values)
        {
            var provinces = d.Rows.Select(r => r.ProvinceText).Distinct().ToList();
            if (provinces.Select(p => Provinces.Resolve(p)?.Code ?? p).Distinct().Count() > 1)
                summary.Warnings.Add($"'{d.Name.Name}' is listed by {provinces.Count} provinces ({string.Join(", ", provinces)}); its province is taken from line {d.First.Line}.");
            if (d.Name.UndatedEnd is { } remark)
                summary.Warnings.Add($"'{d.Name.Name}' says '{remark}' without a date; it stays active with a note.");
        }
        return drafts.Values.ToList();
    }

    /// <summary>Matches each distinct (raw name, province) once.</summary>
    static Dictionary<(string, string?), Resolution> Resolve(List<Row> rows, OrganisationMatcher matcher, IProgress<ImportProgress>? progress)
    {
        var keys = rows.Select(r => (r.RawParticipant, r.Province?.Code)).Distinct().ToList();
        var result = new Dictionary<(string, string?), Resolution>();
        for (var i = 0; i < keys.Count; i++)
        {
            var (raw, context) = keys[i];
            var match = matcher.Match(raw, context);
            IReadOnlyList<string> codes = match.Status switch
            {
                MatchStatus.Matched => match.Matches.Select(m => m.Code).ToList(),
                MatchStatus.Review => [VerbondenCodes.For(match.RepairedName, review: true)],
                _ => [VerbondenCodes.For(match.RepairedName)],
            };
            result[keys[i]] = new Resolution(match, codes);
            progress?.Report(new ImportProgress("matching participants", i + 1, keys.Count));
        }
        return result;
    }

    /// <summary>Creates the organisations for new and review names; returns every organisation by code, tracked.</summary>
    static async Task<Dictionary<string, Organisation>> UpsertOrganisationsAsync(VerbondenDbContext db,
        IEnumerable<Resolution> resolutions, ImportSummary summary, CancellationToken ct)
    {
        var all = await db.Organisations.ToDictionaryAsync(o => o.Code, ct);
        foreach (var r in resolutions.Where(r => r.Result.Status != MatchStatus.Matched))
        {
            var code = r.Codes[0];
            if (all.ContainsKey(code)) continue;
            var org = new Organisation { Code = code, Name = r.Result.RepairedName, Type = r.Result.NewType };
            db.Organisations.Add(org);
            all[code] = org;
            summary.Count(r.Result.Status == MatchStatus.Review ? "organisations created for review" : "organisations created (new)");
        }
        await db.SaveChangesAsync(ct);
        return all;
    }

    static async Task UpsertArrangementsAsync(VerbondenDbContext db, string file, List<ArrangementDraft> drafts,
        Dictionary<(string, string?), Resolution> resolutions, Dictionary<string, Organisation> organisations,
        ImportSummary summary, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var existing = (await db.Arrangements.Include(a => a.Participations).Where(a => a.Source == Source).ToListAsync(ct))
            .GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var isNew = !existing.TryGetValue(d.Name.Name, out var arrangement);
            arrangement ??= new Arrangement { Name = d.Name.Name, LegalForm = LegalForm.WgrOnbekend, Source = Source };
            var filled = FillEmptyFields(arrangement, d);
            try
            {
                arrangement.Validate();
            }
            catch (DomainException e)
            {
                throw new ImportException(file, d.First.Line, ArrangementColumn, e.Message);
            }

            var added = 0;
            foreach (var row in d.Rows)
            {
                var resolution = resolutions[(row.RawParticipant, row.Province?.Code)];
                foreach (var code in resolution.Codes)
                {
                    var org = organisations[code];
                    if (arrangement.Participations.Any(p => p.OrganisationId == org.Id)) continue;
                    arrangement.AddParticipant(org.Id).SourceName = row.RawParticipant.Trim();
                    added++;
                }
            }
            summary.Count("participations created", added);
            if (isNew) { db.Arrangements.Add(arrangement); summary.Created++; }
            else if (filled || added > 0) summary.Updated++;
            else summary.Unchanged++;
            progress?.Report(new ImportProgress("saving arrangements", i + 1, drafts.Count));
        }
        await db.SaveChangesAsync(ct);
        summary.Count("participations in imported arrangements",
            await db.Participations.CountAsync(p => db.Arrangements.Any(a => a.Id == p.ArrangementId && a.Source == Source), ct));
    }

    /// <summary>Sets what the file knows where the arrangement has nothing yet; never overwrites. True when anything was set.</summary>
    static bool FillEmptyFields(Arrangement a, ArrangementDraft d)
    {
        var changed = false;
        void Fill(string? current, string value, Action<string> set)
        {
            if (!string.IsNullOrEmpty(current) || value.Length == 0) return;
            set(value);
            changed = true;
        }
        Fill(a.ProvinceCode, d.First.Province?.Code ?? "", v => a.ProvinceCode = v);
        Fill(a.Seat, d.First.Place, v => a.Seat = v);
        Fill(a.Postcode, d.First.Postcode, v => a.Postcode = v);
        if (d.Name.Ended is { } ended && a.DateEnded is null)
        {
            a.DateEnded = ended;
            a.Status = ArrangementStatus.Opgeheven;
            changed = true;
        }
        if (d.Name.UndatedEnd is { } remark) Fill(a.Notes, $"Volgens de bron (OpenGR 2016): '{remark}'; datum onbekend.", v => a.Notes = v);
        return changed;
    }

    static void CountOutcomes(IReadOnlyList<OpenGrReport.Line> report, ImportSummary summary)
    {
        foreach (var line in report)
        {
            summary.Count($"participant names {line.Status}");
            if (line.Status == "matched") summary.Count($"participant names matched by {line.Method}");
            if (line.Status == "review") summary.Warnings.Add($"review: '{line.RawName.Trim()}' ({line.Context}): {line.Note}");
        }
    }
}
