using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbonden.Web.Features.Arrangements;

public sealed class DetailsModel(ArrangementDetails details) : PageModel
{
    public ArrangementDetails.Model Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await details.Handle(id, ct) is not { } data) return NotFound();
        Data = data;
        return Page();
    }
}
