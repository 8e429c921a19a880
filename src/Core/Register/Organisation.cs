namespace Verbonden.Core.Register;

public enum OrganisationType { Gemeente, Provincie, Waterschap, Rijk, GemeenschappelijkeRegeling, Buitenlands, Overig }

/// <summary>Identifier schemes an organisation is known by (ECOSYSTEM.md §5).</summary>
public enum IdentifierScheme { Cbs, Tooi, Kvk, Rsin, Oin }

/// <summary>
/// A government body or other legal person that can take part in an arrangement.
/// <see cref="Code"/> is the stable key: the CBS code (GM0363, PV27, WS0155) where one exists,
/// otherwise a code assigned by Verbonden (e.g. "X-EUREGIO").
/// </summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public OrganisationType Type { get; set; }
    /// <summary>CBS code of the province the organisation lies in (PV20–PV31), where known.</summary>
    public string? ProvinceCode { get; set; }
    /// <summary>First day the organisation existed; null when it predates the register.</summary>
    public DateOnly? ValidFrom { get; set; }
    /// <summary>Last day the organisation existed (inclusive), e.g. the day before a municipal merger.</summary>
    public DateOnly? ValidTo { get; set; }
    public List<OrganisationIdentifier> Identifiers { get; set; } = [];

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    /// <summary>The identifier of <paramref name="scheme"/> in force on <paramref name="day"/>, if any.</summary>
    public string? IdentifierOn(IdentifierScheme scheme, DateOnly day) =>
        Identifiers.FirstOrDefault(i => i.Scheme == scheme && i.IsValidOn(day))?.Value;

    /// <summary>The TOOI URI for a CBS code (gemeente/gm0363, provincie/pv27, waterschap/ws0155), or null for other codes.</summary>
    public static string? TooiUri(string cbsCode)
    {
        var kind = cbsCode.Length > 2 ? cbsCode[..2].ToUpperInvariant() : "";
        var type = kind switch { "GM" => "gemeente", "PV" => "provincie", "WS" => "waterschap", _ => null };
        return type is null ? null : $"https://identifier.overheid.nl/tooi/id/{type}/{cbsCode.ToLowerInvariant()}";
    }

    public static OrganisationType? TypeOfCbsCode(string code) => code.Length < 2 ? null : code[..2].ToUpperInvariant() switch
    {
        "GM" => OrganisationType.Gemeente,
        "PV" => OrganisationType.Provincie,
        "WS" => OrganisationType.Waterschap,
        "GR" => OrganisationType.GemeenschappelijkeRegeling,
        _ => null,
    };

    public static string Label(OrganisationType t) => t switch
    {
        OrganisationType.Gemeente => "Gemeente",
        OrganisationType.Provincie => "Provincie",
        OrganisationType.Waterschap => "Waterschap",
        OrganisationType.Rijk => "Rijk",
        OrganisationType.GemeenschappelijkeRegeling => "Gemeenschappelijke regeling",
        OrganisationType.Buitenlands => "Buitenlandse overheid",
        _ => "Overige organisatie",
    };
}

/// <summary>One identifier with the period in which it applies (both ends inclusive, null = open).</summary>
public sealed class OrganisationIdentifier
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public IdentifierScheme Scheme { get; set; }
    public required string Value { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}
