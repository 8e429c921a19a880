using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>A field in error: the id of the input (the error summary links to it) and the Dutch message.</summary>
public sealed record FieldError(string FieldId, string Message);

/// <summary>
/// A step of the keuzehulp wizard. The state arrives in <c>s</c> (query string on GET, hidden field on POST); a valid
/// POST stores its part in the state and redirects to the next step (post/redirect/get), an invalid POST re-renders
/// the step with an error summary.
/// </summary>
public abstract class WizardPage : PageModel
{
    public static readonly IReadOnlyList<(string Page, string Title)> Steps =
        [("deelnemers", "Deelnemers"), ("taken", "Taken"), ("wensen", "Eisen en doelen"), ("weging", "Weging"), ("advies", "Advies")];

    [BindProperty(SupportsGet = true, Name = "s")]
    public string? S { get; set; }

    public WizardState State { get; private set; } = new();

    public List<FieldError> Errors { get; } = [];

    /// <summary>1-based number of this step in <see cref="Steps"/>.</summary>
    public abstract int Step { get; }

    public string StepTitle => Steps[Step - 1].Title;

    protected void Load() => State = WizardState.Decode(S);

    public string Link(string page) => $"/keuzehulp/{page}?s={State.Encode()}";

    protected IActionResult Next() => Redirect(Link(Steps[Step].Page));

    protected void Error(string fieldId, string message) => Errors.Add(new FieldError(fieldId, message));

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;
}
