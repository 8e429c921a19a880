using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verbonden.Core.LegalForms;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>Step 4: how much each criterion counts (0 to 10; 1 by default, 0 switches it off).</summary>
public sealed class WegingModel : WizardPage
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public override int Step => 4;

    /// <summary>Weights as typed, per criterion id; a comma or a point may be the decimal separator.</summary>
    [BindProperty] public Dictionary<string, string?> Weights { get; set; } = [];

    public IActionResult OnGet()
    {
        Load();
        if (State.OwnEmployer is null) return Redirect(Link("wensen"));
        Weights = Criteria.All.ToDictionary(c => c.Id, c => (string?)(State.Weights.TryGetValue(c.Id, out var w) ? w : Criterion.DefaultWeight).ToString("0.##", Dutch));
        return Page();
    }

    public IActionResult OnPost()
    {
        Load();
        var weights = new Dictionary<string, decimal>();
        foreach (var c in Criteria.All)
        {
            var typed = Weights.GetValueOrDefault(c.Id)?.Trim();
            if (string.IsNullOrEmpty(typed)) { weights[c.Id] = Criterion.DefaultWeight; Weights[c.Id] = "1"; continue; }
            if (decimal.TryParse(typed.Replace('.', ','), NumberStyles.Number, Dutch, out var w) && w >= 0 && w <= Criterion.MaxWeight) weights[c.Id] = w;
            else Error($"gewicht-{c.Id}", $"Vul bij {c.Label} een gewicht van 0 tot en met 10 in.");
        }
        if (Errors.Count > 0) return Page();
        State.Weights = weights.Where(w => w.Value != Criterion.DefaultWeight).ToDictionary();
        return Next();
    }
}
