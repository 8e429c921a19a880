using System.Text.Encodings.Web;
using System.Text.Json;

namespace Verbonden.Core.Law;

/// <summary>
/// Reads a JSON request field by field and collects every problem instead of stopping at the first, so the API can
/// answer with all validation errors at once. Field names are camelCase and matched exactly.
/// </summary>
public sealed class JsonInput
{
    readonly List<InputError> _errors = [];

    public IReadOnlyList<InputError> Errors => _errors;
    public bool HasErrors => _errors.Count > 0;

    public void Error(string field, string message) => _errors.Add(new InputError(field, message));

    /// <summary>The options for every JSON answer of Verbonden: camelCase, readable non-ASCII (ö, é).</summary>
    public static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Parses <paramref name="json"/>; on malformed JSON or a non-object root, records the error and returns null.</summary>
    public JsonElement? Root(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind == JsonValueKind.Object) return doc.RootElement.Clone();
            Error("$", "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            Error("$", $"The body is not valid JSON: {FirstSentence(e.Message)}");
        }
        return null;
    }

    public static string Path(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";
    public static string Index(string parent, int i) => $"{parent}[{i}]";

    public JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public string? String(JsonElement obj, string name, string path, bool required)
    {
        var v = Get(obj, name);
        if (v is null)
        {
            if (required) Error(path, $"'{name}' is required.");
            return null;
        }
        if (v.Value.ValueKind != JsonValueKind.String) { Error(path, $"'{name}' must be a string."); return null; }
        var s = v.Value.GetString()!.Trim();
        if (required && s.Length == 0) { Error(path, $"'{name}' must not be empty."); return null; }
        return s;
    }

    public bool Bool(JsonElement obj, string name, string path)
    {
        var v = Get(obj, name);
        if (v is null) return false;
        if (v.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.Value.GetBoolean();
        Error(path, $"'{name}' must be true or false.");
        return false;
    }

    public int? Int(JsonElement obj, string name, string path, int min, int max)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        if (v.Value.ValueKind == JsonValueKind.Number && v.Value.TryGetInt32(out var n) && n >= min && n <= max) return n;
        Error(path, $"'{name}' must be a whole number from {min} to {max}.");
        return null;
    }

    /// <summary>The array under <paramref name="name"/>; records an error when it is required and missing or empty.</summary>
    public IReadOnlyList<JsonElement> Array(JsonElement obj, string name, string path, bool required)
    {
        var v = Get(obj, name);
        if (v is null)
        {
            if (required) Error(path, $"'{name}' is required and must list at least one item.");
            return [];
        }
        if (v.Value.ValueKind != JsonValueKind.Array) { Error(path, $"'{name}' must be an array."); return []; }
        var items = v.Value.EnumerateArray().ToList();
        if (required && items.Count == 0) Error(path, $"'{name}' must list at least one item.");
        return items;
    }

    public T? Enum<T>(JsonElement obj, string name, string path, bool required) where T : struct, System.Enum
    {
        var s = String(obj, name, path, required);
        return s is null ? null : EnumValue<T>(s, path, name);
    }

    public T? EnumValue<T>(string id, string path, string what) where T : struct, System.Enum
    {
        if (KebabId.TryParse<T>(id, out var value)) return value;
        Error(path, $"Unknown {what} '{id}'; use one of: {KebabId.Allowed<T>()}.");
        return null;
    }

    public DateOnly? Date(JsonElement obj, string name, string path)
    {
        var s = String(obj, name, path, required: false);
        if (s is null) return null;
        if (IsoDate.TryParse(s, out var d)) return d;
        Error(path, $"'{name}' must be a date written as yyyy-MM-dd.");
        return null;
    }

    static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..(cut + 1)];
    }
}
