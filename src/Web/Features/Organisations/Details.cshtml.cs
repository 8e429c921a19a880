using Verbonden.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbonden.Web.Features.Organisations;

public sealed class DetailsModel(OrganisationOverview overview, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "peildatum")] public string? Peildatum { get; set; }
    [BindProperty(SupportsGet = true, Name = "vergelijkMet")] public string? VergelijkMet { get; set; }

    public OrganisationOverview.Model Data { get; private set; } = null!;
    public string? DateError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var day = Parse(Peildatum, "peildatum") ?? today;
        var reference = Parse(VergelijkMet, "vergelijkingsdatum");
        if (await overview.Handle(code, day, reference, ct) is not { } data) return NotFound();
        Data = data;
        return Page();
    }

    DateOnly? Parse(string? s, string label)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (IsoDate.TryParse(s.Trim(), out var d)) return d;
        DateError = $"De {label} \"{s}\" is geen datum in de vorm jjjj-mm-dd; die datum is genegeerd.";
        return null;
    }
}
