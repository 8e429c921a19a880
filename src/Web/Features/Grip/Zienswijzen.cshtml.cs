using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core;
using Verbonden.Core.Calendar;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Grip;

/// <summary>/regelingen/{id}/zienswijzen: the cycle of one arrangement, and per council its zienswijze (record and status).</summary>
public sealed class ZienswijzenModel(VerbondenDbContext db, TimeProvider clock, RegisterAccess access) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery(Name = "jaar")] public int? Year { get; set; }
    public ArrangementZienswijzen View { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    [BindProperty] public Command Data { get; set; } = new();
    [BindProperty] public DatesCommand Dates { get; set; } = new();

    public sealed class Command
    {
        [Required(ErrorMessage = "Kies de gemeente.")] [Display(Name = "Gemeente")] public int? OrganisationId { get; set; }
        [Required(ErrorMessage = "Vul de datum van ontvangst in.")] [Display(Name = "Ontvangen op")] public DateOnly? ReceivedOn { get; set; }
        [StringLength(20000)] [Display(Name = "Tekst van de zienswijze")] public string? Text { get; set; }
        [StringLength(500)] [Display(Name = "Link naar het raadsbesluit")] public string? DocumentUrl { get; set; }
        [StringLength(20000)] [Display(Name = "Reactie van het dagelijks bestuur")] public string? Reaction { get; set; }
        [Display(Name = "Datum reactie")] public DateOnly? ReactionOn { get; set; }
    }

    public sealed class DatesCommand
    {
        [Display(Name = "Vergadering algemeen bestuur")] public DateOnly? AbMeetingOn { get; set; }
        [Display(Name = "Ontwerpbegroting verzonden op")] public DateOnly? DraftSentOn { get; set; }
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Today = Fmt.Today(clock);
        Year ??= Today.Year + 1;
        if (Year is < 1900 or > 9998) return BadRequest();
        var view = await CalendarQueries.ArrangementAsync(db, Id, Year.Value, Today, ct);
        if (view is null) return NotFound();
        View = view;
        if (Request.Query["handler"] != "datums")
            Dates = new() { AbMeetingOn = view.Cycle.AbMeetingAssumed ? null : view.Cycle.AbMeeting,
                DraftSentOn = await db.ArrangementYears.Where(y => y.ArrangementId == Id && y.Year == Year).Select(y => y.DraftBudgetSentOn).FirstOrDefaultAsync(ct) };
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostZienswijzeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } fail) return fail;
        foreach (var k in ModelState.Keys.Where(k => k.StartsWith("Dates.")).ToList()) ModelState.Remove(k);
        if (!ModelState.IsValid) return Page();
        access.EnsureCanRecordZienswijze(Data.OrganisationId!.Value);
        try
        {
            await CalendarQueries.SaveZienswijzeAsync(db, new Zienswijze
            {
                ArrangementId = Id, OrganisationId = Data.OrganisationId!.Value, BudgetYear = Year!.Value, ReceivedOn = Data.ReceivedOn!.Value,
                Text = Data.Text, DocumentUrl = Data.DocumentUrl, Reaction = Data.Reaction, ReactionOn = Data.ReactionOn,
            }, ct);
        }
        catch (DomainException e) { ModelState.AddModelError("Data." + (e.Field ?? ""), e.Message); return Page(); }
        return Redirect($"/regelingen/{Id}/zienswijzen?jaar={Year}#raden");
    }

    public async Task<IActionResult> OnPostDatumsAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } fail) return fail;
        foreach (var k in ModelState.Keys.Where(k => k.StartsWith("Data.")).ToList()) ModelState.Remove(k);
        if (!ModelState.IsValid) return Page();
        await access.EnsureCanEditArrangementAsync(Id, ct);
        try { await CalendarQueries.SaveCycleDatesAsync(db, Id, Year!.Value, Dates.AbMeetingOn, Dates.DraftSentOn, ct); }
        catch (DomainException e) { ModelState.AddModelError("Dates." + (e.Field == "DraftBudgetSentOn" ? "DraftSentOn" : "AbMeetingOn"), e.Message); return Page(); }
        return Redirect($"/regelingen/{Id}/zienswijzen?jaar={Year}");
    }
}
