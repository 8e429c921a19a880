namespace Verbonden.Core.Register;

/// <summary>Bodies of an arrangement (Wgr art. 12 for an openbaar lichaam; art. 8 lid 3 for a BVO; private-law organs).</summary>
public enum BodyType
{
    AlgemeenBestuur, DagelijksBestuur, Voorzitter, Bestuur, GemeenschappelijkOrgaan,
    AlgemeneVergaderingVanAandeelhouders, RaadVanCommissarissen, RaadVanToezicht, Directie,
    Adviescommissie, Overig,
}

public enum SeatFunction { Raadslid, Wethouder, Burgemeester, Gedeputeerde, Secretaris, Ambtenaar, Extern }

public sealed class GoverningBody
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public BodyType Type { get; set; }
    public string? Name { get; set; }
    public List<BodySeat> Seats { get; set; } = [];

    public static string Label(BodyType t) => t switch
    {
        BodyType.AlgemeenBestuur => "Algemeen bestuur",
        BodyType.DagelijksBestuur => "Dagelijks bestuur",
        BodyType.Voorzitter => "Voorzitter",
        BodyType.Bestuur => "Bestuur",
        BodyType.GemeenschappelijkOrgaan => "Gemeenschappelijk orgaan",
        BodyType.AlgemeneVergaderingVanAandeelhouders => "Algemene vergadering van aandeelhouders",
        BodyType.RaadVanCommissarissen => "Raad van commissarissen",
        BodyType.RaadVanToezicht => "Raad van toezicht",
        BodyType.Directie => "Directie",
        BodyType.Adviescommissie => "Gemeenschappelijke adviescommissie",
        _ => "Overig orgaan",
    };
}

/// <summary>A seat in a body: who holds it, in which function, on behalf of which participant, with how many votes.</summary>
public sealed class BodySeat
{
    public int Id { get; set; }
    public int GoverningBodyId { get; set; }
    public required string PersonName { get; set; }
    public SeatFunction Function { get; set; }
    /// <summary>The organisation the member represents; null for an external member.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int? Votes { get; set; }
}
