using System.Globalization;
using CsvHelper;
using Verbonden.Core.Allocation;
using Verbonden.Data.Import;

namespace Verbonden.Data.Allocation;

/// <summary>
/// CSV for the allocation: the result table out, measures per participant in (CsvHelper, RFC 4180 quoting).
/// </summary>
public static class AllocationCsv
{
    /// <summary>
    /// Writes one row per participant: id, name, one column per line, total; then a "total" row.
    /// Comma-separated, amounts with a decimal point and two decimals.
    /// </summary>
    public static void Write(TextWriter writer, AllocationResult result)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        csv.WriteRecord([.. (string[])["id", "name"], .. result.Lines.Select(l => l.Name), "total"]);
        foreach (var p in result.Participants)
            csv.WriteRecord([p.Id, p.Name, .. p.Amounts.Select(Money.Format), Money.Format(p.Total)]);
        csv.WriteRecord([.. (string[])["total", ""], .. result.Lines.Select(l => Money.Format(l.Total)), Money.Format(result.Total)]);
        csv.Flush();
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
        var source = CsvSource.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), file, [], delimiter);
        var header = source.Header.ToArray();
        var idColumn = Array.FindIndex(header, h => h.ToLowerInvariant() is "id" or "code" or "participant" or "deelnemer");
        if (idColumn < 0) throw new ImportException(file, 1, null, "no id column; name one column 'id' (or 'code').");
        var yearColumn = Array.FindIndex(header, h => h.Equals("year", StringComparison.OrdinalIgnoreCase) || h.Equals("jaar", StringComparison.OrdinalIgnoreCase));
        var measureColumns = header.Where((h, i) => i != idColumn && i != yearColumn && h.ToLowerInvariant() is not ("name" or "naam")).ToList();

        var result = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var row in source.Records)
        {
            if (header.All(h => row.Get(h).Length == 0)) continue;
            var id = row.Get(header[idColumn]);
            if (id.Length == 0) throw row.Error(header[idColumn], "the id is empty.");
            if (yearColumn >= 0 && year is { } y && row.Get(header[yearColumn]) != y.ToString(CultureInfo.InvariantCulture)) continue;
            var measures = result.TryGetValue(id, out var m) ? m : result[id] = new(StringComparer.Ordinal);
            foreach (var column in measureColumns)
            {
                var raw = row.Get(column);
                if (raw.Length == 0) continue;
                if (delimiter == ';') raw = raw.Replace(',', '.');
                if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    throw row.Error(column, $"'{raw}' is not a number of zero or more.");
                measures[column] = value;
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
}
