namespace Verbonden.Data.Import;

/// <summary>Bad input in an import file. Names the file, the 1-based line and the field; nothing has been written.</summary>
public sealed class ImportException(string file, int line, string? field, string message)
    : Exception($"{Path.GetFileName(file)}, line {line}{(field is null ? "" : $", field '{field}'")}: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string? Field { get; } = field;
    public string Reason { get; } = message;
}

/// <summary>What an import did, for the CLI summary (text or JSON).</summary>
public sealed record ImportSummary(string Importer, string File)
{
    public int Rows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public SortedDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
    public List<string> Warnings { get; } = [];

    public void Count(string what, int n = 1) => Counts[what] = Counts.GetValueOrDefault(what) + n;
}

/// <summary>The database is not ready for this import (e.g. the OpenGR import needs the CBS organisations first); nothing has been written.</summary>
public sealed class ImportPreconditionException(string message) : Exception(message);

/// <summary>How far an import has got, for a progress bar: <paramref name="Stage"/> is a short English label.</summary>
public readonly record struct ImportProgress(string Stage, int Done, int Total);
