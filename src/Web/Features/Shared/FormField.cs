namespace Verbonden.Web.Features.Shared;

/// <summary>
/// One form field rendered by _Field.cshtml following the NL Design System form guidance: label above the field,
/// optional description, error message at the field (linked with aria-describedby), required fields marked.
/// </summary>
public sealed record FormField(string Id, string Name, string Label, string? Value, string? Error = null)
{
    public string Kind { get; init; } = "text";
    public string? Description { get; init; }
    public bool Required { get; init; }
    public IReadOnlyList<(string Value, string Label)> Options { get; init; } = [];

    public string? DescribedBy => string.Join(' ', new[] { Description is null ? null : Id + "-description", Error is null ? null : Id + "-error" }.Where(x => x is not null)) is { Length: > 0 } s ? s : null;
}

/// <summary>The error summary above a form: a heading that takes focus and a link to each field in error.</summary>
public sealed record ErrorSummary(IReadOnlyList<(string FieldId, string Message)> Errors);
