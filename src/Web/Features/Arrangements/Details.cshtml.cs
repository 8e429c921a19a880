using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Core.Governance;
using Verbonden.Core.Register;

namespace Verbonden.Web.Features.Arrangements;

public sealed class DetailsModel(ArrangementDetails details, TimeProvider clock) : PageModel
{
    public ArrangementDetails.Model Data { get; private set; } = null!;
    /// <summary>The Wgr governance check of the recorded bodies and seats, under the law in force today.</summary>
    public GovernanceResult? Governance { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await details.Handle(id, ct) is not { } data) return NotFound();
        Data = data;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (LegalFormInfo.Of(data.Arrangement.LegalForm).IsWgr && data.Arrangement.LegalForm != LegalForm.WgrOnbekend)
            Governance = GovernanceValidator.Validate(ArrangementMapping.FromArrangement(data.Arrangement, today), today);
        return Page();
    }
}
