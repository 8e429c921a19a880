using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Core.Register;
using Verbonden.Web.Features.Shared;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>What the create and edit pages share: the bound command, its errors, and the fields of the form.</summary>
public abstract class ArrangementFormModel : PageModel
{
    [BindProperty] public ArrangementEditor.Command Data { get; set; } = new();
    public IReadOnlyList<FieldError> Errors { get; protected set; } = [];
    public string? Conflict { get; protected set; }

    public ErrorSummary Summary => new([.. Errors.Select(e => (e.Field, e.Dutch))]);

    string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Dutch;

    FormField Field(string id, string label, string? value, string kind = "text", string? description = null, bool required = false,
        IReadOnlyList<(string, string)>? options = null) =>
        new(id, "Data." + char.ToUpperInvariant(id[0]) + id[1..], label, value, ErrorFor(id))
        { Kind = kind, Description = description, Required = required, Options = options ?? [] };

    public IEnumerable<FormField> Fields()
    {
        yield return Field("naam", "Naam", Data.Naam, required: true);
        yield return Field("citeertitel", "Citeertitel", Data.Citeertitel, description: "De officiële citeertitel van de regeling, als die er is.");
        yield return Field("samenwerkingsvorm", "Samenwerkingsvorm", Data.Samenwerkingsvorm, "select", required: true,
            options: [("", "Kies een vorm"), .. LegalFormInfo.All.Select(f => (f.Id, f.Label))]);
        yield return Field("soortRegeling", "Soort regeling", Data.SoortRegeling, "select",
            description: "Welke bestuursorganen de regeling hebben getroffen (Wgr art. 1).",
            options: [.. Enum.GetValues<RegelingType>().Select(t => (t.ToString().ToLowerInvariant(), t.Label()))]);
        yield return Field("status", "Status", Data.Status, "select", options: [.. Enum.GetValues<ArrangementStatus>().Select(s => (s.ToString().ToLowerInvariant(), s.Label()))]);
        yield return Field("vestigingsplaats", "Vestigingsplaats", Data.Vestigingsplaats);
        yield return Field("postcode", "Postcode", Data.Postcode);
        yield return Field("provincie", "Provincie", Data.Provincie, "select", options: [("", "Onbekend"), .. Regions.Provinces.Select(p => (p.Key, p.Value))]);
        yield return Field("beleidsterrein", "Beleidsterrein", Data.Beleidsterrein);
        yield return Field("doel", "Doel", Data.Doel, "textarea");
        yield return Field("belangen", "Belangen die de regeling behartigt (Wgr art. 10)", Data.Belangen, "textarea");
        yield return Field("overgedragenBevoegdheden", "Overgedragen bevoegdheden", Data.OvergedragenBevoegdheden, "textarea");
        yield return Field("taken", "Taken", Data.Taken, "textarea");
        yield return Field("datumInwerkingtreding", "Datum inwerkingtreding", Data.DatumInwerkingtreding, description: "Als jjjj-mm-dd, bijvoorbeeld 2015-01-01.");
        yield return Field("datumOpheffing", "Datum opheffing", Data.DatumOpheffing, description: "Alleen voor een opgeheven regeling; als jjjj-mm-dd.");
        yield return Field("cbsGrCode", "CBS-code", Data.CbsGrCode, description: "Bijvoorbeeld GR0316.");
        yield return Field("kvkNummer", "KvK-nummer", Data.KvkNummer, description: "8 cijfers.");
        yield return Field("rsin", "RSIN", Data.Rsin, description: "9 cijfers.");
        yield return Field("oin", "OIN", Data.Oin, description: "20 cijfers.");
    }
}
