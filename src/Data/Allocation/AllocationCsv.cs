using System.Globalization;
using Verbonden.Core.Allocation;
using Verbonden.Data.Import;

namespace Verbonden.Data.Allocation;

/// <summary>
/// CSV for the allocation: the result table out, measures per participant in. RFC 4180 quoting, done here in a few
/// lines (the CsvHelper on the package mirror is the 34.x rewrite with a different API).
/// </summary>
public static class AllocationCsv
{
    /// <summary>
    /// Writes one row per participant: id, name, one column per line, total; then a "total" row.
    /// Comma-separated, amounts with a decimal point and two decimals.
    /// </summary>
    public static void Write(TextWriter writer, AllocationResult result)
    {
        Record(writer, ["id", "name", .. result.Lines.Select(l => l.Name), "total"]);
        foreach (var p in result.Participants)
            Record(writer, [p.Id, p.Name, .. p.Amounts.Select(Money.Format), Money.Format(p.Total)]);
        Record(writer, ["total", "", .. result.Lines.Select(l => Money.Format(l.Total)), Money.Format(result.Total)]);
    }

    public static string Write(AllocationResult result)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(sw, result);
        return sw.ToString();
    }

    /// <summary>
    /// Reads measures per participant: a header with an id column ("id", "code" or "participant"), optionally "name"
    /// and "year", and one column per measure, e.g. <c>id;inwoners;clienten</c> (CBS inhabitants). Comma or semicolon
    /// separated; with semicolons a decimal comma is accepted. With a year column only the rows of
    /// <paramref name="year"/> are read.
    /// </summary>
    /// <exception cref="ImportException">A row has no id or a value is not a non-negative number.</exception>
    public static Dictionary<string, Dictionary<string, decimal>> ReadMeasures(TextReader reader, string file, int? year = null)
    {
        var text = reader.ReadToEnd().TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = Parse(text, delimiter);
        if (rows.Count == 0) throw new ImportException(file, 1, null, "the file is empty; expected a header row.");
        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        var idColumn = Array.FindIndex(header, h => h.ToLowerInvariant() is "id" or "code" or "participant" or "deelnemer");
        if (idColumn < 0) throw new ImportException(file, 1, null, "no id column; name one column 'id' (or 'code').");
        var yearColumn = Array.FindIndex(header, h => h.Equals("year", StringComparison.OrdinalIgnoreCase) || h.Equals("jaar", StringComparison.OrdinalIgnoreCase));
        var skip = new HashSet<int> { idColumn, yearColumn };
        for (var i = 0; i < header.Length; i++)
            if (header[i].ToLowerInvariant() is "name" or "naam") skip.Add(i);

        var result = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var (line, fields) in rows.Skip(1))
        {
            string? Field(int i) => i < fields.Count ? fields[i].Trim() : null;
            if (fields.All(f => f.Trim().Length == 0)) continue;
            var id = Field(idColumn);
            if (string.IsNullOrEmpty(id)) throw new ImportException(file, line, header[idColumn], "the id is empty.");
            if (yearColumn >= 0 && year is { } y && Field(yearColumn) != y.ToString(CultureInfo.InvariantCulture)) continue;
            var measures = result.TryGetValue(id, out var m) ? m : result[id] = new(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                if (skip.Contains(i)) continue;
                var raw = Field(i) ?? "";
                if (raw.Length == 0) continue;
                if (delimiter == ';') raw = raw.Replace(',', '.');
                if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    throw new ImportException(file, line, header[i], $"'{raw}' is not a number of zero or more.");
                measures[header[i]] = value;
            }
        }
        return result;
    }

    /// <summary>Sets the measures read from CSV on the request's participants (the CSV wins); ids not in the request are ignored.</summary>
    public static int Apply(AllocationRequest request, IReadOnlyDictionary<string, Dictionary<string, decimal>> measures)
    {
        var applied = 0;
        foreach (var p in request.Participants ?? [])
        {
            if (p.Id is null || !measures.TryGetValue(p.Id.Trim(), out var m)) continue;
            p.Measures ??= [];
            foreach (var (name, value) in m) p.Measures[name] = value.ToString(CultureInfo.InvariantCulture);
            applied++;
        }
        return applied;
    }

    static void Record(TextWriter w, IEnumerable<string> fields)
    {
        w.Write(string.Join(',', fields.Select(Quote)));
        w.Write("\r\n");
    }

    static string Quote(string f) => f.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f;

    /// <summary>Splits RFC 4180 text into records with the 1-based line each starts on; quoted fields may hold delimiters and newlines.</summary>
    static List<(int Line, List<string> Fields)> Parse(string text, char delimiter)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        int line = 1, start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n')
            {
                fields.Add(field.ToString()); field.Clear();
                rows.Add((start, fields)); fields = [];
                start = ++line;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); rows.Add((start, fields)); }
        return rows;
    }
}
