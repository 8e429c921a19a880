using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>The start page of the keuzehulp: what it does and what the user gets.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}
