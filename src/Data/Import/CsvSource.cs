using CsvHelper;

namespace Verbonden.Data.Import;

/// <summary>One record of a CSV file, with the 1-based line it starts on, read by column name.</summary>
public sealed class CsvRecord(CsvSource source, int line, string[] fields)
{
    public int Line { get; } = line;

    /// <summary>The field under <paramref name="column"/>, trimmed; empty when the file has no such (optional) column.</summary>
    public string Get(string column) => Raw(column).Trim();

    /// <summary>The field exactly as written, spaces included; empty when the file has no such (optional) column.</summary>
    public string Raw(string column) => source.IndexOf(column) is { } i ? fields[i] : "";

    /// <summary>The field, which must not be empty; otherwise an <see cref="ImportException"/> naming this line and column.</summary>
    public string Required(string column, int maxLength)
    {
        var value = Get(column);
        if (value.Length == 0) throw Error(column, "is empty");
        if (value.Length > maxLength) throw Error(column, $"is longer than {maxLength} characters");
        return value;
    }

    public ImportException Error(string? column, string message) => new(source.File, Line, column, message);
}

/// <summary>
/// A CSV file read whole before anything is written, so that a broken row stops an import before it starts.
/// Checks that the header has the required columns and that every row has as many fields as the header.
/// </summary>
public sealed class CsvSource
{
    readonly Dictionary<string, int> _columns;

    public string File { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRecord> Records { get; }

    CsvSource(string file, string[] header, List<string[]> rows, List<int> lines)
    {
        File = file;
        Header = header;
        _columns = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        Records = rows.Select((r, i) => new CsvRecord(this, lines[i], r)).ToList();
    }

    internal int? IndexOf(string column) => _columns.TryGetValue(column, out var i) ? i : null;

    /// <summary>Reads <paramref name="path"/> (UTF-8, comma-separated, header on line 1).</summary>
    /// <exception cref="ImportException">The header lacks a required column, a row has the wrong number of fields, or a quote is malformed.</exception>
    public static CsvSource Read(string path, IReadOnlyList<string> requiredColumns)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Read(stream, path, requiredColumns);
    }

    /// <summary>Reads a CSV stream; <paramref name="path"/> names it in error messages.</summary>
    public static CsvSource Read(Stream stream, string path, IReadOnlyList<string> requiredColumns, char separator = ',')
    {
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        using var csv = CsvReader.Create(stream, options, true);
        try
        {
            var header = csv.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
                throw new ImportException(path, 1, null, "the file is empty; expected a header line");
            var present = new HashSet<string>(header, StringComparer.OrdinalIgnoreCase);
            var missing = requiredColumns.Where(c => !present.Contains(c)).ToList();
            if (missing.Count > 0)
                throw new ImportException(path, 1, missing[0],
                    $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}; the header has {string.Join(", ", header.Select(h => $"'{h}'"))}");

            var rows = new List<string[]>();
            var lines = new List<int>();
            while (csv.Read())
            {
                var line = checked((int)csv.LineNumber);
                if (csv.FieldCount != header.Length)
                    throw new ImportException(path, line, null, $"expected {header.Length} fields as in the header, found {csv.FieldCount}");
                var record = new string[csv.FieldCount];
                for (var i = 0; i < record.Length; i++)
                {
                    record[i] = csv.GetString(i);
                    if (record[i].Contains('\uFFFD'))
                        throw new ImportException(path, line, header[i], "is not valid UTF-8; save the file as UTF-8");
                    // PostgreSQL text cannot hold NUL; refuse it here so every importer fails with the line and field, not a database error.
                    if (record[i].Contains('\0'))
                        throw new ImportException(path, line, header[i], "contains a NUL character");
                }
                rows.Add(record);
                lines.Add(line);
            }
            return new CsvSource(path, header, rows, lines);
        }
        catch (CsvFormatException e)
        {
            throw new ImportException(path, checked((int)Math.Max(1, e.LineNumber)), null, "malformed quoting (a quote inside a field must be doubled, and a quoted field must be closed)");
        }
    }
}
