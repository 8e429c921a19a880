using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbonden.Web.Features.Overview;

public sealed class IndexModel(OverviewMatrix matrix) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "regio")] public string Regio { get; set; } = "Twente";
    public OverviewMatrix.Model? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Data = await matrix.Handle(Regio, ct);
        if (Data is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
