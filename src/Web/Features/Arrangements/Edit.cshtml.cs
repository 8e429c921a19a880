using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Arrangements;

public sealed class EditModel(ArrangementEditor editor, VerbondenDbContext db, RegisterAccess access) : ArrangementFormModel
{
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var a = await db.Arrangements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return NotFound();
        if (!await access.CanEditArrangementAsync(id, ct)) return Forbid();
        Data = ArrangementEditor.Command.From(a);
        Name = a.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        try
        {
            var outcome = await editor.Update(id, Data, ct);
            if (outcome is null) return NotFound();
            if (outcome.Errors.Count == 0) return Redirect($"/regelingen/{id}");
            Errors = outcome.Errors;
        }
        catch (EditConflictException e)
        {
            Conflict = $"Uw wijzigingen zijn niet opgeslagen. De regeling heet nu \"{e.Current.Name}\" (versie {e.Current.Version}). " +
                       "Het formulier toont hieronder uw invoer; de velden met de gegevens van de ander vindt u na het opnieuw openen van de pagina.";
            Data.Versie = e.Current.Version;
        }
        Name = await db.Arrangements.Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? "";
        return Page();
    }
}
