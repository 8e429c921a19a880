using System.Globalization;

namespace Verbonden.Core;

/// <summary>Dates as users, files and the API write them: ISO 8601 calendar dates, yyyy-MM-dd, nothing else.</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
