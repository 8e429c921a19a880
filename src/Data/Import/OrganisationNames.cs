using System.Globalization;
using System.Text;
using Verbonden.Core.Register;

namespace Verbonden.Data.Import;

/// <summary>Finds an organisation by a name as written in a source: exact, then without CBS suffix, case and diacritics.</summary>
public sealed class OrganisationNames(IEnumerable<Organisation> organisations)
{
    readonly ILookup<string, Organisation> _byKey = organisations.ToLookup(o => Normalise(o.Name));

    /// <summary>The one organisation whose normalised name equals <paramref name="raw"/>'s; null when none or several match.</summary>
    public Organisation? Find(string raw)
    {
        var matches = _byKey[Normalise(raw)].ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    public static string Normalise(string name)
    {
        var s = name.Split(" (")[0].Normalize(NormalizationForm.FormD);
        var b = new StringBuilder();
        foreach (var c in s)
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) b.Append(char.ToLowerInvariant(c));
        return b.ToString().Replace("ck", "k");
    }
}
