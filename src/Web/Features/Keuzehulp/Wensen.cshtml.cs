using Verbonden.Core;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verbonden.Core.Law;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>Step 3: must the cooperation employ and contract itself, the goals (the five K's), the council's role, and the date whose law applies.</summary>
public sealed class WensenModel(TimeProvider clock) : WizardPage
{
    public override int Step => 3;

    [BindProperty] public string? OwnEmployer { get; set; }
    [BindProperty] public List<string> Goals { get; set; } = [];
    [BindProperty] public string? CouncilRole { get; set; }
    [BindProperty] public string? Date { get; set; }

    public IActionResult OnGet()
    {
        Load();
        if (State.Tasks.Count == 0) return Redirect(Link(State.Participants.Count < 2 ? "deelnemers" : "taken"));
        OwnEmployer = State.OwnEmployer switch { true => "ja", false => "nee", null => null };
        Goals = [.. State.Goals];
        CouncilRole = State.CouncilRole ?? "";
        Date = State.Date ?? KeuzehulpApi.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public IActionResult OnPost()
    {
        Load();
        if (OwnEmployer is not ("ja" or "nee")) Error("werkgever-ja", "Geef aan of de samenwerking zelf personeel in dienst moet nemen en contracten moet sluiten.");
        Goals = Goals.Where(g => WizardState.Labels.Goals.Any(x => x.Id == g)).Distinct().ToList();
        if (!string.IsNullOrEmpty(CouncilRole) && WizardState.Labels.CouncilRoles.All(r => r.Id != CouncilRole)) CouncilRole = "";
        if (string.IsNullOrWhiteSpace(Date)) Error("peildatum", "Vul de datum in waarvan het recht moet gelden, bijvoorbeeld vandaag.");
        else if (!IsoDate.TryParse(Date.Trim(), out var day)
                 && !DateOnly.TryParseExact(Date.Trim(), ["d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            Error("peildatum", "Vul een geldige datum in, bijvoorbeeld 1-1-2015.");
        else if (day < LawDates.Wgr1985) Error("peildatum", "De keuzehulp kent het recht vanaf 1 januari 1985, toen de Wgr in werking trad.");
        else Date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Errors.Count > 0) return Page();

        State.OwnEmployer = OwnEmployer == "ja";
        State.Goals = Goals;
        State.CouncilRole = string.IsNullOrEmpty(CouncilRole) ? null : CouncilRole;
        State.Date = Date;
        return Next();
    }
}
