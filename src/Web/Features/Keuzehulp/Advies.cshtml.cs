using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verbonden.Core.Law;
using Verbonden.Core.LegalForms;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>Step 5: the printable advice, computed from the state in the link with the advisor the API uses.</summary>
public sealed class AdviesModel(TimeProvider clock) : WizardPage
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public override int Step => 5;

    public AdviceInput Input { get; private set; } = null!;
    public AdviceResult Result { get; private set; } = null!;
    public IReadOnlyList<InputError> Problems { get; private set; } = [];

    public IActionResult OnGet()
    {
        Load();
        if (State.Participants.Count < 2) return Redirect(Link("deelnemers"));
        if (State.Tasks.Count == 0) return Redirect(Link("taken"));
        if (State.OwnEmployer is null) return Redirect(Link("wensen"));
        var input = State.ToInput(out var problems);
        if (input is null)
        {
            Problems = problems; // only for a hand-edited link: the steps validate everything else
            return Page();
        }
        Input = input;
        Result = LegalFormAdvisor.Advise(input, KeuzehulpApi.Today(clock));
        return Page();
    }

    /// <summary>A criterion score as a ReiK-style sign: ++, +, 0, −, −−.</summary>
    public static string Sign(decimal value) => value switch
    {
        >= 1.5m => "++",
        >= 0.5m => "+",
        > -0.5m => "0",
        > -1.5m => "−",
        _ => "−−",
    };

    public static string Number(decimal value, string format = "0.#") => value.ToString(format, Dutch);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", Dutch);

    public static string Kind(RuleEffect effect) => effect switch
    {
        RuleEffect.Refuses => "Niet toegestaan",
        RuleEffect.Unmet => "Voldoet niet aan uw wens",
        RuleEffect.Note => "Let op",
        _ => "Pleit voor",
    };
}
