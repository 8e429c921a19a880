using Verbonden.Core;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Shared;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>Records the documents of an arrangement: the regeling and its amendments (with their CVDR id), budgets, accounts, evaluations.</summary>
public sealed partial class DocumentsModel(ArrangementDetails details, VerbondenDbContext db, RegisterAccess access) : PageModel
{
    public sealed record Command
    {
        public string? Titel { get; set; }
        public string? Soort { get; set; }
        public string? Url { get; set; }
        public string? CvdrId { get; set; }
        public string? Datum { get; set; }
    }

    [BindProperty] public Command Data { get; set; } = new();
    public ArrangementDetails.Model Arrangement { get; private set; } = null!;
    public List<FieldError> Errors { get; private set; } = [];
    public ErrorSummary Summary => new([.. Errors.Select(e => (e.Field, e.Dutch))]);
    string? ErrorFor(string f) => Errors.FirstOrDefault(e => e.Field == f)?.Dutch;

    public IEnumerable<FormField> Fields()
    {
        yield return new FormField("titel", "Data.Titel", "Titel", Data.Titel, ErrorFor("titel")) { Required = true };
        yield return new FormField("soort", "Data.Soort", "Soort document", Data.Soort, ErrorFor("soort"))
            { Kind = "select", Required = true, Options = [.. Enum.GetValues<DocumentKind>().Select(k => (k.ToString(), k.ToString()))] };
        yield return new FormField("url", "Data.Url", "Adres (URL)", Data.Url, ErrorFor("url")) { Description = "Begint met https://." };
        yield return new FormField("cvdrId", "Data.CvdrId", "CVDR-nummer", Data.CvdrId, ErrorFor("cvdrId")) { Description = "Bijvoorbeeld CVDR723690, uit lokaleregelgeving.overheid.nl." };
        yield return new FormField("datum", "Data.Datum", "Datum", Data.Datum, ErrorFor("datum")) { Description = "Als jjjj-mm-dd." };
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        !await Load(id, ct) ? NotFound() : await access.CanEditArrangementAsync(id, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!await access.CanEditArrangementAsync(id, ct)) return Forbid();
        var title = Data.Titel?.Trim() ?? "";
        if (title.Length is 0 or > 300) Errors.Add(new("titel", "Vul een titel in van hoogstens 300 tekens.", "titel is required (at most 300 characters)."));
        if (!Enum.TryParse<DocumentKind>(Data.Soort, out var kind)) Errors.Add(new("soort", "Kies een soort document uit de lijst.", "soort is unknown."));
        var url = string.IsNullOrWhiteSpace(Data.Url) ? null : Data.Url.Trim();
        if (url is not null && (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme != Uri.UriSchemeHttps))
            Errors.Add(new("url", "Vul een volledig adres in dat begint met https://.", "url must be an absolute https URL."));
        var cvdr = string.IsNullOrWhiteSpace(Data.CvdrId) ? null : Data.CvdrId.Trim().ToUpperInvariant();
        if (cvdr is not null && !CvdrPattern().IsMatch(cvdr)) Errors.Add(new("cvdrId", "Een CVDR-nummer is 'CVDR' gevolgd door cijfers, bijvoorbeeld CVDR723690.", "cvdrId must be CVDR followed by digits."));
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(Data.Datum))
        {
            if (IsoDate.TryParse(Data.Datum.Trim(), out var d)) date = d;
            else Errors.Add(new("datum", "Vul de datum in als jjjj-mm-dd.", "datum must be yyyy-mm-dd."));
        }
        if (Errors.Count > 0) return Page();
        db.Documents.Add(new ArrangementDocument { ArrangementId = id, Title = title, Kind = kind, Url = url, CvdrId = cvdr, Date = date });
        await db.SaveChangesAsync(ct);
        return Redirect($"/regelingen/{id}#documenten");
    }

    async Task<bool> Load(int id, CancellationToken ct)
    {
        if (await details.Handle(id, ct) is not { } a) return false;
        Arrangement = a;
        return true;
    }

    [GeneratedRegex("^CVDR[0-9]{1,9}(/[0-9]+)?$")]
    private static partial Regex CvdrPattern();
}
