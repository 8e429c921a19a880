using CsvHelper;

namespace Verbonden.Data.Import;

/// <summary>Reads a CSV file as rows of named fields, with the 1-based line number of each row for error messages.</summary>
public static class CsvRows
{
    public sealed record Row(int Line, IReadOnlyDictionary<string, string> Fields, string File)
    {
        public string Get(string column) => Fields.TryGetValue(column, out var v) ? v.Trim() : "";
        public string? Optional(string column) => Get(column) is { Length: > 0 } v ? v : null;

        public string Required(string column) =>
            Get(column) is { Length: > 0 } v ? v : throw new ImportException(File, Line, column, "a value is required");
    }

    /// <summary>Reads all rows; throws <see cref="ImportException"/> when a required column is missing or a row is malformed.</summary>
    public static List<Row> Read(Stream stream, string file, params string[] requiredColumns)
    {
        var options = new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, DetectSeparatorHint = true, SkipEmptyLines = true };
        try
        {
            using var csv = CsvReader.Create(stream, options, true);
            if (!csv.Read() && csv.Headers.Count == 0)
                throw new ImportException(file, 1, null, "the file is empty; expected a header row");
            var header = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
            foreach (var col in requiredColumns)
                if (!header.Contains(col, StringComparer.OrdinalIgnoreCase))
                    throw new ImportException(file, 1, col, $"required column is missing (found: {string.Join(", ", header)})");
            var rows = new List<Row>();
            if (csv.FieldCount == 0) return rows;
            do
            {
                var line = (int)csv.LineNumber;
                if (csv.FieldCount > header.Length)
                    throw new ImportException(file, line, null, $"the row has {csv.FieldCount} fields, the header {header.Length}");
                var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < header.Length; i++)
                {
                    var value = i < csv.FieldCount ? csv.GetString(i) : "";
                    // PostgreSQL text cannot hold NUL; refuse it here so every importer fails with the line and field, not a database error.
                    if (value.Contains('\0')) throw new ImportException(file, line, header[i], "the value contains a NUL character");
                    fields[header[i]] = value;
                }
                if (fields.Values.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new Row(line, fields, file));
            } while (csv.Read());
            return rows;
        }
        catch (CsvFormatException e)
        {
            throw new ImportException(file, 0, null, "the file is not valid CSV: " + e.Message.Split('\n')[0]);
        }
    }
}
