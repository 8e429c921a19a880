using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Verbonden.Core.Register;

namespace Verbonden.Core.Matching;

/// <summary>What a name says about the kind of organisation it names, before it is matched.</summary>
public enum NameKind { Unknown, Gemeente, Provincie, Waterschap, GemeenschappelijkeRegeling, Rijk, Buitenlands, Overig }

/// <summary>
/// A name taken apart: the repaired text, its comparison key, the kind it announces and the province its CBS
/// suffix names ("Bergen (L.)" → Limburg).
/// </summary>
public sealed record ParsedName(string Text, string Key, NameKind Kind, string? ProvinceCode);

/// <summary>
/// Comparison keys for organisation names. Two names with the same key differ only in case, diacritics,
/// "IJ"/"Ij", apostrophes, hyphens and other punctuation, spacing, or a CBS suffix such as "(gemeente)".
/// </summary>
public static partial class NameKey
{
    /// <summary>
    /// Lower case, no diacritics ("ĳ" becomes "ij"), no apostrophes, punctuation as single spaces:
    /// "'s-Hertogenbosch" → "s hertogenbosch", "Capelle aan den Ijssel" → "capelle aan den ijssel".
    /// </summary>
    public static string Normalise(string text)
    {
        var decomposed = TextRepair.Tidy(text).Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var c = char.ToLowerInvariant(ch);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘' or '`' or '´') continue;
            if (c == 'ß') sb.Append("ss");
            else if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// Parses a name as CBS or a source writes it. A trailing bracket is read as a CBS suffix when it is a
    /// province abbreviation ("(NH.)"), "(gemeente)", "(PV)" or "(WS)", and then left out of the key; a
    /// country ("(Duitsland)") marks a foreign body and stays in the key.
    /// </summary>
    public static ParsedName Parse(string name)
    {
        var text = TextRepair.Tidy(name);
        var body = text;
        NameKind? kind = null;
        string? province = null;
        if (Suffix().Match(text) is { Success: true } m)
        {
            var inner = m.Groups["inner"].Value.Trim();
            if (Provinces.ByAbbreviation(inner) is { } p) { province = p.Code; body = text[..m.Index]; }
            else if (inner.Equals("gemeente", StringComparison.OrdinalIgnoreCase)) { kind = NameKind.Gemeente; body = text[..m.Index]; }
            else if (inner.Equals("PV", StringComparison.OrdinalIgnoreCase)) { kind = NameKind.Provincie; body = "Provincie " + text[..m.Index]; }
            else if (inner.Equals("WS", StringComparison.OrdinalIgnoreCase)) { kind = NameKind.Waterschap; body = text[..m.Index]; }
            else if (IsCountry(inner)) kind = NameKind.Buitenlands;
        }
        var key = Normalise(body);
        return new ParsedName(text, key, kind ?? KindOf(key), province);
    }

    /// <summary>The kind a normalised key announces by its wording; <see cref="NameKind.Unknown"/> for a bare place name.</summary>
    public static NameKind KindOf(string key)
    {
        if (key.StartsWith("provincie ", StringComparison.Ordinal)) return NameKind.Provincie;
        if (WaterBoard().IsMatch(key)) return NameKind.Waterschap;
        if (key == "rijk" || key.StartsWith("ministerie ", StringComparison.Ordinal) || key.StartsWith("rijks", StringComparison.Ordinal))
            return NameKind.Rijk;
        var words = key.Split(' ');
        if (words.Any(w => PrivateWords.Contains(w)) || key.Contains("kamer van koophandel", StringComparison.Ordinal)) return NameKind.Overig;
        if (words.Any(w => ArrangementWords.Contains(w))) return NameKind.GemeenschappelijkeRegeling;
        return NameKind.Unknown;
    }

    /// <summary>The organisation type a kind stands for; a bare name in a list of participants is taken to be a municipality.</summary>
    public static OrganisationType TypeOf(NameKind kind) => kind switch
    {
        NameKind.Provincie => OrganisationType.Provincie,
        NameKind.Waterschap => OrganisationType.Waterschap,
        NameKind.GemeenschappelijkeRegeling => OrganisationType.GemeenschappelijkeRegeling,
        NameKind.Rijk => OrganisationType.Rijk,
        NameKind.Buitenlands => OrganisationType.Buitenlands,
        NameKind.Overig => OrganisationType.Overig,
        _ => OrganisationType.Gemeente,
    };

    /// <summary>Names of a water board that differ only in the word for it: a waterschap, hoogheemraadschap or wetterskip is the same kind of body.</summary>
    public static IEnumerable<string> WaterBoardVariants(string key)
    {
        var m = WaterBoardWord().Match(key);
        if (!m.Success) return [key];
        var rest = key[m.Length..];
        return new[] { "waterschap", "hoogheemraadschap", "wetterskip" }.Select(w => w + rest).Append(key).Distinct();
    }

    static bool IsCountry(string s) => Normalise(s) is "duitsland" or "deutschland" or "belgie" or "belgium" or "germany";

    /// <summary>Words that mark a private legal person or a chamber of commerce.</summary>
    static readonly HashSet<string> PrivateWords = ["stichting", "bv", "nv", "vereniging", "cooperatie", "ua"];

    /// <summary>Words that mark a body set up by a gemeenschappelijke regeling (recreatieschap, veiligheidsregio, regional service).</summary>
    static readonly HashSet<string> ArrangementWords =
    [
        "recreatieschap", "plassenschap", "meerschap", "veiligheidsregio", "ggd", "dienst", "regionale", "regio",
        "omgevingsdienst", "stadsregio", "gewest", "werkvoorzieningsschap", "werkvoorzieningschap", "samenwerkingsverband",
        "isd", "afvalstoffendienst", "gemeenschappelijke", "intergemeentelijke",
    ];

    [GeneratedRegex(@"\((?<inner>[^()]*)\)\s*$")]
    private static partial Regex Suffix();

    /// <summary>Also catches misspellings such as "Hoogheermraadschap".</summary>
    [GeneratedRegex(@"^(waterschap|hoogh\w*raadschap|wetterskip|hhs) ")]
    private static partial Regex WaterBoard();

    [GeneratedRegex(@"^(waterschap|hoogheemraadschap|wetterskip|hhs)(?= )")]
    private static partial Regex WaterBoardWord();
}
