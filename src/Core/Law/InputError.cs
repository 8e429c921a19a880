using System.Text;

namespace Verbonden.Core.Law;

/// <summary>One problem with user input: the JSON path of the field at fault (e.g. "tasks[0].kind") and an English message.</summary>
public sealed record InputError(string Field, string Message);

/// <summary>
/// Kebab-case identifiers for enums, as used in the JSON contracts and URLs: <c>KansenMedewerkers</c> ↔ "kansen-medewerkers".
/// </summary>
public static class KebabId
{
    public static string Of<T>(T value) where T : struct, Enum => ToKebab(value.ToString());

    public static bool TryParse<T>(string? id, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), id, StringComparison.Ordinal)) { value = candidate; return true; }
        }
        value = default;
        return false;
    }

    /// <summary>All ids of <typeparamref name="T"/>, for error messages that list the allowed values.</summary>
    public static string Allowed<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Of(v)));

    static string ToKebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
