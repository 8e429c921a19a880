using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>
/// NL Design System (Utrecht) form fields for the wizard: label above the field, the error message above the input
/// and linked with aria-describedby, aria-invalid on fields in error. No inline style or script (the CSP forbids them).
/// </summary>
public static class FormFields
{
    static string E(string? s) => HtmlEncoder.Default.Encode(s ?? "");

    static string Describe(string id, string? error, string? description)
    {
        var ids = new List<string>();
        if (description is not null) ids.Add($"{id}-uitleg");
        if (error is not null) ids.Add($"{id}-fout");
        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    static void Messages(StringBuilder sb, string id, string? error, string? description)
    {
        if (description is not null) sb.Append($"<p class=\"utrecht-form-field-description utrecht-form-field__description\" id=\"{E(id)}-uitleg\">{E(description)}</p>");
        if (error is not null) sb.Append($"<p class=\"utrecht-form-field-error-message utrecht-form-field__error-message\" id=\"{E(id)}-fout\"><span class=\"visually-hidden\">Fout: </span>{E(error)}</p>");
    }

    static string Invalid(string? error, string modifier) => error is null ? "" : $" {modifier}";

    public static IHtmlContent Text(string id, string name, string label, string? value, string? error = null, string? description = null,
        string type = "text", string? inputMode = null, string? autocomplete = "off")
    {
        var sb = new StringBuilder();
        sb.Append($"<div class=\"utrecht-form-field utrecht-form-field--text{Invalid(error, "utrecht-form-field--invalid")}\">");
        sb.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{E(id)}\">{E(label)}</label></div>");
        Messages(sb, id, error, description);
        sb.Append($"<div class=\"utrecht-form-field__input\"><input class=\"utrecht-textbox utrecht-textbox--html-input{Invalid(error, "utrecht-textbox--invalid")}\"");
        sb.Append($" type=\"{type}\" id=\"{E(id)}\" name=\"{E(name)}\" value=\"{E(value)}\"{Describe(id, error, description)}");
        if (inputMode is not null) sb.Append($" inputmode=\"{inputMode}\"");
        if (autocomplete is not null) sb.Append($" autocomplete=\"{autocomplete}\"");
        if (error is not null) sb.Append(" aria-invalid=\"true\"");
        sb.Append("></div></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent Select(string id, string name, string label, string? value, IEnumerable<(string Id, string Label)> options, string? error = null, string? placeholder = "Kies…")
    {
        var sb = new StringBuilder();
        sb.Append($"<div class=\"utrecht-form-field utrecht-form-field--text{Invalid(error, "utrecht-form-field--invalid")}\">");
        sb.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{E(id)}\">{E(label)}</label></div>");
        Messages(sb, id, error, null);
        sb.Append($"<div class=\"utrecht-form-field__input\"><select class=\"utrecht-select utrecht-select--html-select{Invalid(error, "utrecht-select--invalid")}\" id=\"{E(id)}\" name=\"{E(name)}\"{Describe(id, error, null)}{(error is null ? "" : " aria-invalid=\"true\"")}>");
        if (placeholder is not null) sb.Append($"<option value=\"\">{E(placeholder)}</option>");
        foreach (var (optionId, optionLabel) in options)
            sb.Append($"<option value=\"{E(optionId)}\"{(optionId == value ? " selected" : "")}>{E(optionLabel)}</option>");
        sb.Append("</select></div></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent Checkbox(string id, string name, string label, bool isChecked, string? description = null)
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"utrecht-form-field utrecht-form-field--checkbox\">");
        sb.Append($"<div class=\"utrecht-form-field__input\"><input class=\"utrecht-checkbox utrecht-checkbox--html-input\" type=\"checkbox\" id=\"{E(id)}\" name=\"{E(name)}\" value=\"true\"{(isChecked ? " checked" : "")}{Describe(id, null, description)}></div>");
        sb.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{E(id)}\">{E(label)}</label></div>");
        Messages(sb, id, null, description);
        sb.Append("</div>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>A fieldset of radio buttons (<paramref name="multiple"/> false) or checkboxes (true); the first option's id is "{idPrefix}-{option id}".</summary>
    public static IHtmlContent Choices(string legend, string name, string idPrefix, IReadOnlyCollection<string> selected,
        IEnumerable<(string Id, string Label, string? Hint)> options, bool multiple, string? error = null, string? description = null)
    {
        var sb = new StringBuilder();
        var groupId = $"{idPrefix}-groep";
        sb.Append($"<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset{Invalid(error, "utrecht-form-fieldset--invalid")}\"{Describe(groupId, error, description)}>");
        sb.Append($"<legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">{E(legend)}</legend>");
        Messages(sb, groupId, error, description);
        var (type, inputClass, fieldClass, labelClass) = multiple
            ? ("checkbox", "utrecht-checkbox utrecht-checkbox--html-input", "utrecht-form-field--checkbox", "utrecht-form-label--checkbox")
            : ("radio", "utrecht-radio-button utrecht-radio-button--html-input", "utrecht-form-field--radio", "utrecht-form-label--radio");
        foreach (var (optionId, optionLabel, hint) in options)
        {
            var id = $"{idPrefix}-{(optionId.Length == 0 ? "geen" : optionId)}";
            sb.Append($"<div class=\"utrecht-form-field {fieldClass}\">");
            sb.Append($"<div class=\"utrecht-form-field__input\"><input class=\"{inputClass}\" type=\"{type}\" id=\"{E(id)}\" name=\"{E(name)}\" value=\"{E(optionId)}\"{(selected.Contains(optionId) ? " checked" : "")}");
            if (hint is not null) sb.Append($" aria-describedby=\"{E(id)}-uitleg\"");
            if (error is not null) sb.Append(" aria-invalid=\"true\"");
            sb.Append("></div>");
            sb.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label {labelClass}\" for=\"{E(id)}\">{E(optionLabel)}</label></div>");
            if (hint is not null) sb.Append($"<p class=\"utrecht-form-field-description utrecht-form-field__description\" id=\"{E(id)}-uitleg\">{E(hint)}</p>");
            sb.Append("</div>");
        }
        sb.Append("</fieldset>");
        return new HtmlString(sb.ToString());
    }
}
