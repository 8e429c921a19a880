using Microsoft.AspNetCore.Mvc;
using Row = Verbonden.Web.Features.Keuzehulp.WizardState.TaskRow;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>Step 2: the tasks to share: their kind, which body holds the power, regulatory or not, medebewind or autonomous.</summary>
public sealed class TakenModel : WizardPage
{
    const int MinimumRows = 3;

    public override int Step => 2;

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public IActionResult OnGet()
    {
        Load();
        if (State.Participants.Count < 2) return Redirect(Link("deelnemers"));
        Rows = [.. State.Tasks];
        Pad();
        return Page();
    }

    public IActionResult OnPostMeer()
    {
        Load();
        ModelState.Clear();
        Pad(extra: 2);
        return Page();
    }

    public IActionResult OnPost()
    {
        Load();
        var filled = new List<Row>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            row.Name = row.Name?.Trim() ?? "";
            if (row.Name.Length == 0 && string.IsNullOrEmpty(row.Kind)) continue;
            if (!WizardState.Labels.PowerHolders.Any(p => p.Id == row.PowerHolder)) row.PowerHolder = "geen";
            if (row.Name.Length == 0) Error($"taak-{i}-naam", $"Vul de naam van taak {i + 1} in.");
            else if (!WizardState.Labels.TaskKinds.Any(k => k.Id == row.Kind)) Error($"taak-{i}-soort", $"Kies wat voor taak {row.Name} is.");
            else if (row.Regulatory && row.PowerHolder == "geen")
                Error($"taak-{i}-bevoegdheid", $"{row.Name} is regelgevend: kies wie die bevoegdheid heeft (raad, college of burgemeester).");
            else filled.Add(row);
        }
        if (Errors.Count == 0 && filled.Count == 0) Error("taak-0-naam", "Vul ten minste één taak in die u wilt delen.");
        if (Errors.Count > 0)
        {
            Pad();
            return Page();
        }
        State.Tasks = filled;
        return Next();
    }

    void Pad(int extra = 0)
    {
        var target = extra > 0 ? Rows.Count + extra : Math.Max(MinimumRows, Rows.Count(r => !string.IsNullOrWhiteSpace(r.Name)) + 1);
        while (Rows.Count < target) Rows.Add(new Row());
    }
}
