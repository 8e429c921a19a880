using System.Globalization;
using System.Text.Json;
using Verbonden.Core.Law;
using Verbonden.Core.Register;

namespace Verbonden.Core.Governance;

/// <summary>
/// The JSON contract of the governance check, shared by <c>POST /api/v1/governance-toetsen</c> and
/// <c>verbonden check governance</c>.
/// </summary>
/// <remarks>
/// Request: <c>{"form", "regelingType", "participants":[ids], "bodies":[{"type","name","members":[{"name","participant","function","votes"}]}],
/// "date", "provisions":{id:bool}, "executionFrameworks":[names], "decisions":[{"name","type","frequency","urgency","involvement",
/// "staffConsequences","worksCouncilAdvice"}], "roles":[{"role","holder","function","participant"}]}</c>.
/// A member or role holder naming a participant that is not in <c>participants</c> is an input error.
/// </remarks>
public static class GovernanceContract
{
    public static GovernanceInput? Parse(string json, out IReadOnlyList<InputError> errors)
    {
        var input = new JsonInput();
        var result = input.Root(json) is { } root ? Read(root, input) : null;
        errors = input.Errors;
        return input.HasErrors ? null : result;
    }

    static GovernanceInput? Read(JsonElement root, JsonInput r)
    {
        LegalForm? form = null;
        if (r.String(root, "form", "form", required: true) is { } formId)
        {
            form = LegalFormInfo.FromId(formId);
            if (form is null) r.Error("form", $"Unknown form '{formId}'; use one of: {string.Join(", ", LegalFormInfo.All.Select(i => i.Id))}.");
        }
        var regelingType = r.Enum<RegelingType>(root, "regelingType", "regelingType", required: false) ?? RegelingType.Onbekend;

        var participants = new List<string>();
        var items = r.Array(root, "participants", "participants", required: true);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonInput.Index("participants", i);
            if (items[i].ValueKind != JsonValueKind.String || items[i].GetString()!.Trim() is not { Length: > 0 } id) { r.Error(path, "A participant must be a non-empty string."); continue; }
            if (participants.Contains(id, StringComparer.OrdinalIgnoreCase)) r.Error(path, $"Participant '{id}' is listed more than once.");
            else participants.Add(id);
        }
        string? Participant(JsonElement e, string path)
        {
            var p = r.String(e, "participant", JsonInput.Path(path, "participant"), required: false);
            if (p is not null && !participants.Contains(p, StringComparer.OrdinalIgnoreCase))
                r.Error(JsonInput.Path(path, "participant"), $"'{p}' is not one of the participants.");
            return p;
        }

        var bodies = new List<GovernanceBody>();
        items = r.Array(root, "bodies", "bodies", required: false);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonInput.Index("bodies", i);
            var type = BodyTypeOf(r.String(items[i], "type", JsonInput.Path(path, "type"), required: true), JsonInput.Path(path, "type"), r);
            var members = new List<GovernanceMember>();
            var memberItems = r.Array(items[i], "members", JsonInput.Path(path, "members"), required: false);
            for (var j = 0; j < memberItems.Count; j++)
            {
                var mp = JsonInput.Index(JsonInput.Path(path, "members"), j);
                var name = r.String(memberItems[j], "name", JsonInput.Path(mp, "name"), required: true);
                var participant = Participant(memberItems[j], mp);
                var function = r.Enum<SeatFunction>(memberItems[j], "function", JsonInput.Path(mp, "function"), required: true);
                var votes = r.Int(memberItems[j], "votes", JsonInput.Path(mp, "votes"), 0, 1_000_000);
                if (name is not null && function is { } f) members.Add(new(name, participant, f, votes));
            }
            if (type is { } t) bodies.Add(new(t, members, r.String(items[i], "name", JsonInput.Path(path, "name"), required: false)));
        }

        var frameworks = new List<string>();
        items = r.Array(root, "executionFrameworks", "executionFrameworks", required: false);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind == JsonValueKind.String && items[i].GetString()!.Trim() is { Length: > 0 } name) frameworks.Add(name);
            else r.Error(JsonInput.Index("executionFrameworks", i), "An execution framework must be a non-empty string.");
        }

        var date = r.Date(root, "date", "date");
        var provisions = ReadProvisions(root, r);
        var decisions = ReadDecisions(root, r);
        var roles = new List<RoleAssignment>();
        items = r.Array(root, "roles", "roles", required: false);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonInput.Index("roles", i);
            var role = r.Enum<Role>(items[i], "role", JsonInput.Path(path, "role"), required: true);
            var holder = r.String(items[i], "holder", JsonInput.Path(path, "holder"), required: true);
            var function = r.Enum<SeatFunction>(items[i], "function", JsonInput.Path(path, "function"), required: false);
            var participant = Participant(items[i], path);
            if (role is { } ro && holder is not null) roles.Add(new(ro, holder, function, participant));
        }
        return form is { } fm ? new GovernanceInput(fm, regelingType, participants, bodies, date, provisions, frameworks, decisions, roles) : null;
    }

    static BodyType? BodyTypeOf(string? id, string path, JsonInput r) => id switch
    {
        null => null,
        "aandeelhoudersvergadering" or "ava" => BodyType.AlgemeneVergaderingVanAandeelhouders,
        _ => r.EnumValue<BodyType>(id, path, "body type"),
    };

    static Dictionary<string, bool>? ReadProvisions(JsonElement root, JsonInput r)
    {
        if (r.Get(root, "provisions") is not { } p) return null;
        if (p.ValueKind != JsonValueKind.Object) { r.Error("provisions", "'provisions' must be an object of provision: true/false."); return null; }
        var result = new Dictionary<string, bool>();
        foreach (var prop in p.EnumerateObject())
        {
            var path = JsonInput.Path("provisions", prop.Name);
            if (RegelingChecklist.All.All(x => x.Id != prop.Name))
                r.Error(path, $"Unknown provision '{prop.Name}'; use one of: {string.Join(", ", RegelingChecklist.All.Select(x => x.Id))}.");
            else if (prop.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) result[prop.Name] = prop.Value.GetBoolean();
            else r.Error(path, "A provision must be true (present) or false (missing).");
        }
        return result;
    }

    static List<Decision> ReadDecisions(JsonElement root, JsonInput r)
    {
        var decisions = new List<Decision>();
        var items = r.Array(root, "decisions", "decisions", required: false);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonInput.Index("decisions", i);
            var e = items[i];
            var name = r.String(e, "name", JsonInput.Path(path, "name"), required: true);
            var type = r.Enum<DecisionType>(e, "type", JsonInput.Path(path, "type"), required: false) ?? DecisionType.Overig;
            var frequency = r.Enum<DecisionFrequency>(e, "frequency", JsonInput.Path(path, "frequency"), required: true);
            var urgency = r.Enum<DecisionUrgency>(e, "urgency", JsonInput.Path(path, "urgency"), required: false) ?? DecisionUrgency.Normaal;
            var involvement = r.Enum<Involvement>(e, "involvement", JsonInput.Path(path, "involvement"), required: true);
            var staff = r.Bool(e, "staffConsequences", JsonInput.Path(path, "staffConsequences"));
            var or = r.Bool(e, "worksCouncilAdvice", JsonInput.Path(path, "worksCouncilAdvice"));
            if (name is not null && frequency is { } f && involvement is { } inv) decisions.Add(new(name, type, f, urgency, inv, staff, or));
        }
        return decisions;
    }

    public static string Severity(Severity s) => s.ToString().ToLowerInvariant();

    public static GovernanceResponse ToResponse(GovernanceResult result) => new(
        result.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        result.Valid,
        result.Findings.Select(f => new GovernanceResponse.FindingDto(Severity(f.Severity), f.Rule, f.Source, f.Message)).ToList(),
        result.Checklist.Select(c => new GovernanceResponse.ChecklistDto(c.Id, c.Article, c.Text, KebabId.Of(c.Status),
            c.RequiredFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            c.TransitionUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList());

    public static string Serialize(GovernanceResponse response) => JsonSerializer.Serialize(response, JsonInput.Output);
}

/// <summary>The JSON answer of the governance check.</summary>
public sealed record GovernanceResponse(string Date, bool Valid, IReadOnlyList<GovernanceResponse.FindingDto> Findings, IReadOnlyList<GovernanceResponse.ChecklistDto> Checklist)
{
    public sealed record FindingDto(string Severity, string Rule, string Source, string Message);
    public sealed record ChecklistDto(string Id, string Article, string Text, string Status, string RequiredFrom, string? TransitionUntil);
}
