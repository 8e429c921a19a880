namespace Verbonden.Core.Register;

/// <summary>The legal form of a cooperation arrangement: the Wgr forms (art. 8), private-law legal persons, and agreements.</summary>
public enum LegalForm
{
    /// <summary>Wgr arrangement whose exact form is not (yet) known, e.g. imported from a provincial register.</summary>
    WgrOnbekend,
    OpenbaarLichaam,
    GemeenschappelijkOrgaan,
    Bedrijfsvoeringsorganisatie,
    Centrumgemeente,
    RegelingZonderMeer,
    Nv,
    Bv,
    Stichting,
    Vereniging,
    Cooperatie,
    Overeenkomst,
    Onbekend,
}

/// <summary>The four groups of BBV art. 15 in which a paragraaf verbonden partijen lists its partijen.</summary>
public enum BbvCategory { GemeenschappelijkeRegeling, VennootschapOfCooperatie, StichtingOfVereniging, Overig }

/// <summary>The columns of the Overijssel overzichtskaart (seed 003 appendices A and B).</summary>
public enum OverviewCategory { PubliekWgrOl, OverigPubliek, Privaat, Intentie }

/// <summary>Which municipal bodies made the regeling (Wgr art. 1, 40, 51, 52).</summary>
public enum RegelingType { Onbekend, Raad, College, Burgemeester, Gemengd }

public enum ArrangementStatus { Actief, Intentie, Opgeheven }

/// <summary>Facts about each legal form: Dutch label, kebab-case id for the API, BBV group, legal personality.</summary>
public sealed record LegalFormInfo(LegalForm Form, string Id, string Label, BbvCategory Bbv, bool IsWgr, bool HasLegalPersonality)
{
    public static readonly IReadOnlyList<LegalFormInfo> All =
    [
        new(LegalForm.OpenbaarLichaam, "openbaar-lichaam", "Openbaar lichaam (Wgr)", BbvCategory.GemeenschappelijkeRegeling, true, true),
        new(LegalForm.GemeenschappelijkOrgaan, "gemeenschappelijk-orgaan", "Gemeenschappelijk orgaan (Wgr)", BbvCategory.GemeenschappelijkeRegeling, true, false),
        new(LegalForm.Bedrijfsvoeringsorganisatie, "bedrijfsvoeringsorganisatie", "Bedrijfsvoeringsorganisatie (Wgr)", BbvCategory.GemeenschappelijkeRegeling, true, true),
        new(LegalForm.Centrumgemeente, "centrumgemeente", "Centrumgemeenteregeling (Wgr)", BbvCategory.GemeenschappelijkeRegeling, true, false),
        new(LegalForm.RegelingZonderMeer, "regeling-zonder-meer", "Regeling zonder meer (Wgr)", BbvCategory.GemeenschappelijkeRegeling, true, false),
        new(LegalForm.WgrOnbekend, "wgr-onbekend", "Gemeenschappelijke regeling, vorm onbekend", BbvCategory.GemeenschappelijkeRegeling, true, false),
        new(LegalForm.Nv, "nv", "Naamloze vennootschap (NV)", BbvCategory.VennootschapOfCooperatie, false, true),
        new(LegalForm.Bv, "bv", "Besloten vennootschap (BV)", BbvCategory.VennootschapOfCooperatie, false, true),
        new(LegalForm.Cooperatie, "cooperatie", "Coöperatie", BbvCategory.VennootschapOfCooperatie, false, true),
        new(LegalForm.Stichting, "stichting", "Stichting", BbvCategory.StichtingOfVereniging, false, true),
        new(LegalForm.Vereniging, "vereniging", "Vereniging", BbvCategory.StichtingOfVereniging, false, true),
        new(LegalForm.Overeenkomst, "overeenkomst", "Overeenkomst / convenant", BbvCategory.Overig, false, false),
        new(LegalForm.Onbekend, "onbekend", "Onbekend", BbvCategory.Overig, false, false),
    ];

    public static LegalFormInfo Of(LegalForm form) => All.First(i => i.Form == form);

    public static LegalForm? FromId(string? id) => All.FirstOrDefault(i => i.Id == id)?.Form;

    public bool IsPrivate => Bbv is BbvCategory.VennootschapOfCooperatie or BbvCategory.StichtingOfVereniging;
}

public static class RegisterLabels
{
    public static string Label(this LegalForm f) => LegalFormInfo.Of(f).Label;
    public static string Id(this LegalForm f) => LegalFormInfo.Of(f).Id;

    public static string Label(this BbvCategory c) => c switch
    {
        BbvCategory.GemeenschappelijkeRegeling => "Gemeenschappelijke regeling",
        BbvCategory.VennootschapOfCooperatie => "Vennootschap of coöperatie",
        BbvCategory.StichtingOfVereniging => "Stichting of vereniging",
        _ => "Overige verbonden partij",
    };

    public static string Label(this OverviewCategory c) => c switch
    {
        OverviewCategory.PubliekWgrOl => "Publiek: Wgr met openbaar lichaam",
        OverviewCategory.OverigPubliek => "Overig publiek",
        OverviewCategory.Privaat => "Privaat",
        _ => "Intenties",
    };

    public static string Label(this RegelingType t) => t switch
    {
        RegelingType.Raad => "Raadsregeling",
        RegelingType.College => "Collegeregeling",
        RegelingType.Burgemeester => "Burgemeestersregeling",
        RegelingType.Gemengd => "Gemengde regeling",
        _ => "Onbekend",
    };

    public static string Label(this ArrangementStatus s) => s switch
    {
        ArrangementStatus.Actief => "Actief",
        ArrangementStatus.Intentie => "Intentie",
        _ => "Opgeheven",
    };
}
