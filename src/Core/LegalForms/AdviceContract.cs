using System.Globalization;
using System.Text.Json;
using Verbonden.Core.Law;
using Verbonden.Core.Register;

namespace Verbonden.Core.LegalForms;

/// <summary>
/// The JSON contract of the advisor, shared by <c>POST /api/v1/adviezen</c> and <c>verbonden advise</c>.
/// </summary>
/// <remarks>
/// Request: <c>{"participants":[{"name","type"}], "tasks":[{"name","kind","powerHolder","regulatory","coGovernance"}],
/// "ownEmployer", "goals":[…], "councilRole", "weights":{criterion:number}, "date":"yyyy-MM-dd"}</c>. Ids are the
/// kebab-case forms of the enums (<see cref="KebabId"/>).
/// </remarks>
public static class AdviceContract
{
    /// <summary>Reads and validates a request; returns null with every problem in <paramref name="errors"/>.</summary>
    public static AdviceInput? Parse(string json, out IReadOnlyList<InputError> errors)
    {
        var input = new JsonInput();
        var result = input.Root(json) is { } root ? Read(root, input) : null;
        errors = input.Errors;
        return input.HasErrors ? null : result;
    }

    static AdviceInput Read(JsonElement root, JsonInput r)
    {
        var participants = new List<AdviceParticipant>();
        var items = r.Array(root, "participants", "participants", required: true);
        if (items.Count == 1) r.Error("participants", "A cooperation needs at least two participants.");
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonInput.Index("participants", i);
            var name = r.String(items[i], "name", JsonInput.Path(path, "name"), required: true);
            var type = r.Enum<ParticipantType>(items[i], "type", JsonInput.Path(path, "type"), required: true);
            if (name is not null && type is { } t) participants.Add(new(name, t));
        }
        foreach (var dup in participants.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            r.Error("participants", $"Participant '{dup.Key}' is listed more than once.");

        var tasks = new List<AdviceTask>();
        items = r.Array(root, "tasks", "tasks", required: true);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonInput.Index("tasks", i);
            var name = r.String(items[i], "name", JsonInput.Path(path, "name"), required: true);
            var kind = r.Enum<TaskKind>(items[i], "kind", JsonInput.Path(path, "kind"), required: true);
            var holder = r.Enum<PowerHolder>(items[i], "powerHolder", JsonInput.Path(path, "powerHolder"), required: false) ?? PowerHolder.Geen;
            var regulatory = r.Bool(items[i], "regulatory", JsonInput.Path(path, "regulatory"));
            var coGovernance = r.Bool(items[i], "coGovernance", JsonInput.Path(path, "coGovernance"));
            if (regulatory && holder == PowerHolder.Geen)
                r.Error(JsonInput.Path(path, "powerHolder"), "A regulatory task needs the body that holds the power (raad, college or burgemeester).");
            if (name is not null && kind is { } k) tasks.Add(new(name, k, holder, regulatory, coGovernance));
        }

        var goals = new List<Goal>();
        items = r.Array(root, "goals", "goals", required: false);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonInput.Index("goals", i);
            if (items[i].ValueKind != JsonValueKind.String) { r.Error(path, "A goal must be a string."); continue; }
            if (r.EnumValue<Goal>(items[i].GetString()!, path, "goal") is { } g && !goals.Contains(g)) goals.Add(g);
        }

        return new AdviceInput(participants, tasks,
            r.Bool(root, "ownEmployer", "ownEmployer"),
            goals,
            r.Enum<CouncilRole>(root, "councilRole", "councilRole", required: false),
            ReadWeights(root, r),
            r.Date(root, "date", "date"));
    }

    static Dictionary<string, decimal> ReadWeights(JsonElement root, JsonInput r)
    {
        var weights = new Dictionary<string, decimal>();
        if (r.Get(root, "weights") is not { } w) return weights;
        if (w.ValueKind != JsonValueKind.Object) { r.Error("weights", "'weights' must be an object of criterion: number."); return weights; }
        foreach (var p in w.EnumerateObject())
        {
            var path = JsonInput.Path("weights", p.Name);
            if (Criteria.Find(p.Name) is null)
                r.Error(path, $"Unknown criterion '{p.Name}'; use one of: {string.Join(", ", Criteria.All.Select(c => c.Id))}.");
            else if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDecimal(out var d) || d < 0 || d > Criterion.MaxWeight)
                r.Error(path, $"The weight must be a number from 0 to {Criterion.MaxWeight}.");
            else weights[p.Name] = d;
        }
        return weights;
    }

    public static string Kind(RuleEffect effect) => effect switch
    {
        RuleEffect.Refuses => "refusal",
        RuleEffect.Unmet => "unmet",
        RuleEffect.Note => "note",
        _ => "support",
    };

    public static AdviceResponse ToResponse(AdviceResult result, AdviceInput input) => new(
        result.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        result.Options.Select(o => new AdviceResponse.Option(
            o.Form.Id(), o.Form.Label(), o.Admissible, o.MeetsRequirements, o.Score,
            o.Reasons.Select(ToDto).ToList(),
            o.Criteria.Select(s => new AdviceResponse.Score(s.Criterion, s.Value)).ToList())).ToList(),
        result.Recommended?.Id(),
        result.RecommendationReasons.Select(ToDto).ToList(),
        Criteria.All.Select(c => new AdviceResponse.CriterionInfo(c.Id, c.Label, c.Group.ToString().ToLowerInvariant(), c.Source, Criteria.WeightOf(c, input))).ToList());

    static AdviceResponse.Reason ToDto(AdviceReason r) => new(r.Text, r.Source, Kind(r.Effect), r.Rule);

    public static string Serialize(AdviceResponse response) => JsonSerializer.Serialize(response, JsonInput.Output);
}

/// <summary>The JSON answer of the advisor.</summary>
public sealed record AdviceResponse(
    string Date, IReadOnlyList<AdviceResponse.Option> Options, string? Recommended,
    IReadOnlyList<AdviceResponse.Reason> RecommendationReasons, IReadOnlyList<AdviceResponse.CriterionInfo> Criteria)
{
    public sealed record Option(string Form, string Label, bool Admissible, bool MeetsRequirements, decimal Score, IReadOnlyList<Reason> Reasons, IReadOnlyList<Score> Scores);
    public sealed record Reason(string Text, string Source, string Kind, string? Rule);
    public sealed record Score(string Criterion, decimal Value);
    public sealed record CriterionInfo(string Id, string Label, string Group, string Source, decimal Weight);
}
