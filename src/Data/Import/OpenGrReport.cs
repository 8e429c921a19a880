using System.Globalization;
using CsvHelper;
using Verbonden.Core.Matching;
using Verbonden.Core.Register;

namespace Verbonden.Data.Import;

/// <summary>
/// The matching report of an OpenGR import: one CSV row per distinct participant name as written in the file.
/// </summary>
/// <remarks>
/// <para>Columns: raw_name (exactly as written), repaired_name, context (the provinces whose rows name it),
/// organisation_code / organisation_name / organisation_type (the organisation its participations point at:
/// the matched one, two for a cell naming two municipalities, the new "X-…" one, or the "X-REVIEW-…"
/// placeholder), match_method (exact, normalised, context, fuzzy, partial, split; none for a new name),
/// status (matched, review or new), alternatives (the candidates a reviewer chooses from), rows, note.</para>
/// <para>A name whose outcome depends on the province ("Bergen" is decided in Noord-Holland but not in a German
/// row) lists each outcome, separated by " | " in the order of the contexts, and takes the most serious status:
/// review before new before matched.</para>
/// </remarks>
internal static class OpenGrReport
{
    public static readonly string[] Header =
        ["raw_name", "repaired_name", "context", "organisation_code", "organisation_name", "organisation_type", "match_method", "status", "alternatives", "rows", "note"];

    public sealed record Line(string RawName, string RepairedName, string Context, string Codes, string Names, string Types,
        string Method, string Status, string Alternatives, int Rows, string Note);

    public static List<Line> Build(List<OpenGrImporter.Row> rows,
        Dictionary<(string, string?), OpenGrImporter.Resolution> resolutions, IReadOnlyDictionary<string, Organisation> organisations)
    {
        var lines = new List<Line>();
        foreach (var group in rows.GroupBy(r => r.RawParticipant, StringComparer.Ordinal))
        {
            var contexts = group.GroupBy(r => r.Province?.Code ?? r.ProvinceText).Select(g => g.First()).ToList();
            var outcomes = contexts
                .Select(r => (Label: ContextLabel(r), Resolution: resolutions[(r.RawParticipant, r.Province?.Code)]))
                .GroupBy(o => (o.Resolution.Result.Status, string.Join(";", o.Resolution.Codes)))
                .Select(g => (Labels: string.Join(", ", g.Select(o => o.Label)), g.First().Resolution))
                .ToList();
            var several = outcomes.Count > 1;
            string Join(Func<OpenGrImporter.Resolution, string> f) => string.Join(" | ", outcomes.Select(o => f(o.Resolution)));
            var first = outcomes[0].Resolution.Result;
            lines.Add(new Line(
                group.Key,
                first.RepairedName,
                string.Join("; ", contexts.Select(ContextLabel)),
                Join(r => string.Join("; ", r.Codes)),
                Join(r => string.Join("; ", r.Codes.Select(c => organisations[c].Name))),
                Join(r => string.Join("; ", r.Codes.Select(c => organisations[c].Type).Distinct())),
                Join(r => r.Result.Status == MatchStatus.New ? "none" : r.Result.Method.ToString().ToLowerInvariant()),
                outcomes.Select(o => o.Resolution.Result.Status).MaxBy(Severity) switch
                {
                    MatchStatus.Review => "review",
                    MatchStatus.New => "new",
                    _ => "matched",
                },
                string.Join("; ", outcomes.SelectMany(o => o.Resolution.Result.Alternatives).DistinctBy(a => a.Code).Select(a => $"{a.Code} {a.Name}")),
                group.Count(),
                string.Join("; ", outcomes.Where(o => o.Resolution.Result.Note.Length > 0)
                    .Select(o => several ? $"{o.Labels}: {o.Resolution.Result.Note}" : o.Resolution.Result.Note))));
        }
        return lines;
    }

    static int Severity(MatchStatus s) => s switch { MatchStatus.Review => 2, MatchStatus.New => 1, _ => 0 };

    static string ContextLabel(OpenGrImporter.Row r) => r.Province is { } p ? $"{p.Name} ({p.Code})" : r.ProvinceText;

    /// <summary>Writes the report to a temporary file beside <paramref name="path"/>; returns its path, for the caller to move into place.</summary>
    public static string WriteTemporary(string path, IReadOnlyList<Line> lines)
    {
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default))
        {
            foreach (var h in Header) csv.WriteField(h);
            csv.EndRecord();
            foreach (var l in lines)
            {
                // Raw names keep their stray spaces: quoted, so that no reader trims them away.
                csv.WriteField(l.RawName, CsvQuoting.WhenNeededOrWhitespace);
                foreach (var v in new[] { l.RepairedName, l.Context, l.Codes, l.Names, l.Types, l.Method, l.Status, l.Alternatives })
                    csv.WriteField(v);
                csv.WriteField(l.Rows.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(l.Note);
                csv.EndRecord();
            }
        }
        return temp;
    }
}
