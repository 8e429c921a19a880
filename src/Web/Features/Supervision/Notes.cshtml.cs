using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Shared;

namespace Verbonden.Web.Features.Supervision;

/// <summary>/regelingen/{id}/toezicht: the province's supervisory notes on an arrangement (province and beheerders only).</summary>
public sealed class NotesModel(SupervisoryNotes notes, VerbondenDbContext db) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Tekst { get; set; }
    public string Name { get; private set; } = "";
    public List<SupervisoryNote> Notes { get; private set; } = [];
    public string? Error { get; private set; }
    public ErrorSummary Summary => new(Error is null ? [] : [("tekst", Error)]);
    public FormField TextField => new("tekst", "Tekst", "Nieuwe notitie", Tekst, Error) { Kind = "textarea", Required = true };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            if (await notes.AddAsync(Id, Tekst, ct) is null) return NotFound();
            return Redirect($"/regelingen/{Id}/toezicht");
        }
        catch (DomainException e) { Error = e.Message; }
        await Load(ct);
        return Page();
    }

    async Task<bool> Load(CancellationToken ct)
    {
        var name = await db.Arrangements.Where(a => a.Id == Id).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (name is null) return false;
        Name = name;
        Notes = await notes.ListAsync(Id, ct) ?? [];
        return true;
    }
}
