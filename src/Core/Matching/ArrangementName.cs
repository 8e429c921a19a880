using System.Globalization;
using System.Text.RegularExpressions;

namespace Verbonden.Core.Matching;

/// <summary>An arrangement name as a register writes it, with the dissolution it may announce.</summary>
/// <param name="Name">The name without a dated "(opgeheven per …)" remark.</param>
/// <param name="Ended">The date in "opgeheven per 25 januari 2016", as written.</param>
/// <param name="UndatedEnd">The remark when the name says the arrangement ended but gives no date ("in 2016 opgeheven").</param>
public sealed partial record ArrangementName(string Name, DateOnly? Ended, string? UndatedEnd)
{
    /// <summary>
    /// "Samenwerkingsverband Zuidlaardermeergemeenten (opgeheven per 25 januari 2016)" gives the name without
    /// the remark and 2016-01-25. A remark without a full date ("(in 2016 opgeheven)", "(opgeheven)") leaves the
    /// name as written and is returned in <see cref="UndatedEnd"/>: no date is made up for it.
    /// </summary>
    public static ArrangementName Parse(string written)
    {
        var text = TextRepair.Tidy(written);
        if (Dated().Match(text) is { Success: true } m && ParseDutchDate(m.Groups["date"].Value) is { } date)
            return new(m.Index > 0 ? text[..m.Index].TrimEnd() : text, date, null);
        if (Undated().Match(text) is { Success: true } u)
            return new(text, null, u.Value.Trim('(', ')', ' '));
        return new(text, null, null);
    }

    static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>"25 januari 2016", "25-01-2016" or "25/1/2016"; null for anything else.</summary>
    public static DateOnly? ParseDutchDate(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (WordDate().Match(t) is { Success: true } w)
        {
            var month = Array.IndexOf(Months, w.Groups["month"].Value) + 1;
            return month > 0 ? Make(w.Groups["year"].Value, month, w.Groups["day"].Value) : null;
        }
        if (NumericDate().Match(t) is { Success: true } n)
            return Make(n.Groups["year"].Value, int.Parse(n.Groups["month"].Value, CultureInfo.InvariantCulture), n.Groups["day"].Value);
        return null;
    }

    static DateOnly? Make(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, d) : null;
    }

    [GeneratedRegex(@"\s*\(\s*opgeheven per (?<date>[^)]+)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Dated();

    [GeneratedRegex(@"\([^()]*\bopgeheven\b[^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Undated();

    [GeneratedRegex(@"^(?<day>\d{1,2}) (?<month>[a-z]+) (?<year>\d{4})$")]
    private static partial Regex WordDate();

    [GeneratedRegex(@"^(?<day>\d{1,2})[-/](?<month>\d{1,2})[-/](?<year>\d{4})$")]
    private static partial Regex NumericDate();
}
