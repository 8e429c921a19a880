namespace Verbonden.Core.Matching;

/// <summary>A Dutch province: CBS code, official name, other names in use and the abbreviation CBS puts behind municipality names.</summary>
public sealed record Province(string Code, string Name, string Abbreviation, IReadOnlyList<string> OtherNames);

/// <summary>
/// The twelve provinces (CBS codes PV20–PV31). CBS tells apart municipalities with the same name by a province
/// abbreviation in brackets: "Bergen (L.)" lies in Limburg, "Bergen (NH.)" in Noord-Holland.
/// </summary>
public static class Provinces
{
    public static readonly IReadOnlyList<Province> All =
    [
        new("PV20", "Groningen", "Gr.", []),
        // Official name Fryslân since 1997; CBS still lists it as "Friesland (PV)".
        new("PV21", "Fryslân", "Fr.", ["Friesland"]),
        new("PV22", "Drenthe", "D.", []),
        new("PV23", "Overijssel", "O.", []),
        new("PV24", "Flevoland", "Fl.", []),
        new("PV25", "Gelderland", "Gld.", []),
        new("PV26", "Utrecht", "U.", []),
        new("PV27", "Noord-Holland", "NH.", []),
        new("PV28", "Zuid-Holland", "ZH.", []),
        new("PV29", "Zeeland", "Z.", []),
        new("PV30", "Noord-Brabant", "NB.", []),
        new("PV31", "Limburg", "L.", []),
    ];

    public static Province? ByCode(string? code) => All.FirstOrDefault(p => p.Code == code);

    /// <summary>The province a CBS name suffix stands for ("L." → Limburg); null for any other text.</summary>
    public static Province? ByAbbreviation(string suffix) =>
        All.FirstOrDefault(p => string.Equals(p.Abbreviation, suffix.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads a province as written in a source ("Provincie FryslÃ¢n", "Provincie Overrijssel", "Noord Brabant").
    /// Returns null when the text names no Dutch province; a single typo is tolerated when it points to one
    /// province only.
    /// </summary>
    public static Province? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = NameKey.Normalise(text);
        if (key.StartsWith("provincie ", StringComparison.Ordinal)) key = key["provincie ".Length..];
        var exact = All.Where(p => Keys(p).Contains(key)).ToList();
        if (exact.Count == 1) return exact[0];
        if (key.Length < 5) return null;
        var near = All.Where(p => Keys(p).Any(k => EditDistance.Between(k, key, 1) <= 1)).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    /// <summary>The normalised names a province goes by.</summary>
    public static IEnumerable<string> Keys(Province p) => p.OtherNames.Prepend(p.Name).Select(NameKey.Normalise);
}
