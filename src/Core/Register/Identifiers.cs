using System.Text.RegularExpressions;

namespace Verbonden.Core.Register;

/// <summary>Format checks for the identifiers of ECOSYSTEM.md §5.</summary>
public static partial class Identifiers
{
    public static bool IsCbsGrCode(string s) => GrCode().IsMatch(s);
    public static bool IsKvk(string s) => Digits(s, 8);
    public static bool IsOin(string s) => Digits(s, 20);

    /// <summary>RSIN: nine digits passing the elfproef (weights 9..2, last digit weight -1).</summary>
    public static bool IsRsin(string s)
    {
        if (!Digits(s, 9)) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (s[i] - '0') * (9 - i);
        sum -= s[8] - '0';
        return sum % 11 == 0;
    }

    static bool Digits(string s, int n) => s.Length == n && s.All(char.IsAsciiDigit);

    [GeneratedRegex("^GR[0-9]{4}$")]
    private static partial Regex GrCode();
}
