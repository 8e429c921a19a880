using System.Globalization;
using System.Text.RegularExpressions;

namespace Verbonden.Core.Reporting;

/// <summary>
/// Reads amounts in euros, in whole cents. Forms accept what people type in the Netherlands; files accept one
/// unambiguous machine format.
/// </summary>
/// <remarks>
/// Form input (<see cref="TryParseInput"/>): an optional minus sign and euro sign, then either
/// <list type="bullet">
/// <item>Dutch notation: a decimal comma with optional thousands dots in groups of three ("1.234,56", "1234,5", "1.234");</item>
/// <item>or a decimal point with one or two decimals and no thousands separator ("1234.56").</item>
/// </list>
/// A dot followed by exactly three digits is therefore always a thousands separator: "1.234" is 1234 euros,
/// never 1 euro and 23.4 cents (amounts have at most two decimals). English notation ("1,234.56"), spaces
/// inside the number and more than two decimals are refused.
/// File input (<see cref="TryParseFile"/>): "-1234.56": decimal point, no separators, no currency sign.
/// </remarks>
public static partial class AmountText
{
    /// <summary>Largest amount accepted, in euros: beyond any public budget, and far inside the decimal(18,2) columns.</summary>
    public const decimal Max = 1_000_000_000_000m;

    public const string InputHint = "In euro's, bijvoorbeeld 1.234,56 of 1234.56.";

    public static bool TryParseInput(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().Replace('\u2212', '-');
        var negative = false;
        if (s.StartsWith('-')) { negative = true; s = s[1..].TrimStart(); }
        if (s.StartsWith('€')) s = s[1..].TrimStart();
        if (!negative && s.StartsWith('-')) { negative = true; s = s[1..]; }
        string invariant;
        if (DutchPattern().IsMatch(s)) invariant = s.Replace(".", "").Replace(',', '.');
        else if (PointPattern().IsMatch(s)) invariant = s;
        else return false;
        return Finish(invariant, negative, out value);
    }

    public static bool TryParseFile(string? text, out decimal value)
    {
        value = 0;
        if (text is null || !FilePattern().IsMatch(text)) return false;
        var negative = text.StartsWith('-');
        return Finish(negative ? text[1..] : text, negative, out value);
    }

    static bool Finish(string invariant, bool negative, out decimal value)
    {
        value = 0;
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || d > Max) return false;
        value = negative ? -d : d;
        return true;
    }

    [GeneratedRegex(@"^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$")]
    private static partial Regex DutchPattern();

    [GeneratedRegex(@"^\d+\.\d{1,2}$")]
    private static partial Regex PointPattern();

    [GeneratedRegex(@"^-?\d+(\.\d{1,2})?$")]
    private static partial Regex FilePattern();
}
