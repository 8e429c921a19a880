namespace Verbonden.Core.Register;

/// <summary>A named group of municipalities for which an overzichtskaart is drawn (seed 003 appendices A and B), or a province.</summary>
public sealed record Region(string Name, string? ProvinceCode, IReadOnlyList<string> MunicipalityCodes)
{
    public bool IsProvince => MunicipalityCodes.Count == 0;
}

public static class Regions
{
    /// <summary>The 14 Twente municipalities of the 2016 overzichtskaart (seed 003 appendix A), in the order of its columns.</summary>
    public static readonly Region Twente = new("Twente", "PV23",
    [
        "GM0153", "GM0164", "GM0147", "GM0141", "GM0173", "GM0168", "GM0183", "GM1774",
        "GM0189", "GM1742", "GM1700", "GM0163", "GM1735", "GM0158",
    ]);

    /// <summary>The 11 West-Overijssel municipalities of the 2016 overzichtskaart (seed 003 appendix B).</summary>
    public static readonly Region WestOverijssel = new("West-Overijssel", "PV23",
    [
        "GM0193", "GM0166", "GM0148", "GM0175", "GM0160", "GM0180", "GM1896", "GM1708", "GM0177", "GM1773", "GM0150",
    ]);

    public static readonly IReadOnlyList<Region> Named = [Twente, WestOverijssel];

    /// <summary>CBS province codes and names (PV20–PV31).</summary>
    public static readonly IReadOnlyDictionary<string, string> Provinces = new Dictionary<string, string>
    {
        ["PV20"] = "Groningen", ["PV21"] = "Fryslân", ["PV22"] = "Drenthe", ["PV23"] = "Overijssel",
        ["PV24"] = "Flevoland", ["PV25"] = "Gelderland", ["PV26"] = "Utrecht", ["PV27"] = "Noord-Holland",
        ["PV28"] = "Zuid-Holland", ["PV29"] = "Zeeland", ["PV30"] = "Noord-Brabant", ["PV31"] = "Limburg",
    };

    public static Region? Find(string name) =>
        Named.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? Provinces.Where(p => string.Equals(p.Value, name, StringComparison.OrdinalIgnoreCase) || p.Key == name.ToUpperInvariant())
            .Select(p => new Region(p.Value, p.Key, [])).FirstOrDefault();
}
