using Microsoft.AspNetCore.Mvc;
using Row = Verbonden.Web.Features.Keuzehulp.WizardState.ParticipantRow;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>Step 1: who takes part (at least two), and what kind of organisation each is.</summary>
public sealed class DeelnemersModel : WizardPage
{
    const int MinimumRows = 4;

    public override int Step => 1;

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public void OnGet()
    {
        Load();
        Rows = [.. State.Participants];
        Pad();
    }

    /// <summary>"Meer deelnemers": three more empty rows, keeping what was typed, without validating.</summary>
    public IActionResult OnPostMeer()
    {
        Load();
        ModelState.Clear();
        Pad(extra: 3);
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
            var typeKnown = WizardState.Labels.ParticipantTypes.Any(t => t.Id == row.Type);
            if (row.Name.Length == 0 && string.IsNullOrEmpty(row.Type)) continue;
            if (row.Name.Length == 0) Error($"deelnemer-{i}-naam", $"Vul de naam van deelnemer {i + 1} in.");
            else if (!typeKnown) Error($"deelnemer-{i}-soort", $"Kies wat voor organisatie {row.Name} is.");
            else if (filled.Any(f => string.Equals(f.Name, row.Name, StringComparison.OrdinalIgnoreCase)))
                Error($"deelnemer-{i}-naam", $"{row.Name} staat twee keer in de lijst.");
            else filled.Add(row);
        }
        if (Errors.Count == 0 && filled.Count < 2)
            Error(filled.Count == 0 ? "deelnemer-0-naam" : "deelnemer-1-naam", "Vul ten minste twee deelnemers in: samenwerken doet u met zijn tweeën of meer.");
        if (Errors.Count > 0)
        {
            Pad();
            return Page();
        }
        State.Participants = filled;
        return Next();
    }

    void Pad(int extra = 0)
    {
        var target = Math.Max(MinimumRows, Rows.Count(r => !string.IsNullOrWhiteSpace(r.Name)) + 1) + extra;
        if (extra > 0) target = Rows.Count + extra;
        while (Rows.Count < target) Rows.Add(new Row());
    }
}
