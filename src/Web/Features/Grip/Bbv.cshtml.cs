using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Core.Reporting;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Grip;

/// <summary>/organisaties/{code}/verbonden-partijen/{jaar}: the BBV paragraaf verbonden partijen, with PDF and XLSX downloads.</summary>
public sealed class BbvModel(VerbondenDbContext db) : PageModel
{
    [FromRoute] public string Code { get; set; } = "";
    [FromRoute(Name = "jaar")] public int Year { get; set; }
    public BbvParagraph Paragraph { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try { Paragraph = await ReportQueries.BbvAsync(db, Code, Year, ct); }
        catch (KeyNotFoundException) { return NotFound(); }
        return Page();
    }
}
