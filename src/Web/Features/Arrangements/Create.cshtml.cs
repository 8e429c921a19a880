using Microsoft.AspNetCore.Mvc;

namespace Verbonden.Web.Features.Arrangements;

public sealed class CreateModel(ArrangementEditor editor) : ArrangementFormModel
{
    public void OnGet() => Data = new() { Samenwerkingsvorm = "", Status = "actief" };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await editor.Create(Data, ct);
        if (outcome.Errors.Count > 0) { Errors = outcome.Errors; return Page(); }
        return Redirect($"/regelingen/{outcome.Arrangement!.Id}");
    }
}
