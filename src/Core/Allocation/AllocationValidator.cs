using System.Globalization;

namespace Verbonden.Core.Allocation;

/// <summary>
/// One problem in an allocation request. <see cref="Field"/> is the JSON path ("lines[2].percentages");
/// <see cref="Message"/> is English (CLI, API), <see cref="Bericht"/> Dutch (web form). Both name the line and
/// participant at fault.
/// </summary>
public sealed record AllocationError(string Field, string Message, string Bericht, string? Line = null, string? Participant = null);

/// <summary>Checks an <see cref="AllocationRequest"/> and builds the <see cref="AllocationInput"/>; collects every error, not just the first.</summary>
public sealed partial class AllocationValidator
{
    /// <summary>Largest amount accepted, in euros: beyond any public budget, and far inside exact decimal arithmetic.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;
    public const decimal MaxMeasure = 1_000_000_000_000_000m;

    readonly List<AllocationError> _errors = [];

    public static (AllocationInput? Input, IReadOnlyList<AllocationError> Errors) Validate(AllocationRequest request)
    {
        var v = new AllocationValidator();
        var input = v.Build(request);
        return (v._errors.Count == 0 ? input : null, v._errors);
    }

    void Error(string field, string en, string nl, string? line = null, string? participant = null) =>
        _errors.Add(new AllocationError(field, en, nl, line, participant));

    AllocationInput Build(AllocationRequest r)
    {
        if (r.Year is not { } year || year is < 1900 or > 2200)
            Error("year", "'year' is required: the budget year, e.g. 2026.", "Vul het begrotingsjaar in, bijvoorbeeld 2026.");
        var participants = Participants(r.Participants);
        var ids = participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var lines = Lines(r.Lines, participants, ids);
        var input = new AllocationInput(r.Year ?? 0, participants, lines);
        return input with
        {
            Settlement = r.Settlement is null ? null : Settlement(r.Settlement, lines, ids),
            Scenarios = Scenarios(r.Scenarios, input, ids),
            Period = r.Period is null ? null : Period(r.Period, ids),
        };
    }

    List<Participant> Participants(List<ParticipantRequest>? list)
    {
        var result = new List<Participant>();
        if (list is null || list.Count == 0)
        {
            Error("participants", "'participants' is required: at least one participant.", "Geef ten minste één deelnemer op.");
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
            if (Participant(list[i], $"participants[{i}]") is { } p)
            {
                if (!seen.Add(p.Id))
                    Error($"participants[{i}].id", $"Participant '{p.Id}' is listed twice.", $"Deelnemer '{p.Id}' staat twee keer in de lijst.", participant: p.Id);
                else result.Add(p);
            }
        return result;
    }

    Participant? Participant(ParticipantRequest? p, string path)
    {
        if (p is null || string.IsNullOrWhiteSpace(p.Id))
        {
            Error($"{path}.id", $"{path}: 'id' is required.", $"{path}: vul de code van de deelnemer in.");
            return null;
        }
        var id = p.Id.Trim();
        var measures = Measures(p.Measures, $"{path}.measures", id, null);
        return new Participant(id, string.IsNullOrWhiteSpace(p.Name) ? id : p.Name.Trim(), measures);
    }

    Dictionary<string, decimal> Measures(Dictionary<string, string?>? raw, string path, string participant, string? line)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (name, text) in raw ?? [])
        {
            // A bad value is still recorded, so that lines using the measure do not also report it as missing.
            result[name.Trim()] = 0m;
            if (Number(text) is not { } value || value > MaxMeasure)
                Error($"{path}.{name}", $"Participant '{participant}': measure '{name}' is not a number ('{text}').",
                    $"Deelnemer '{participant}': maatstaf '{name}' is geen getal ('{text}').", line, participant);
            else if (value < 0)
                Error($"{path}.{name}", $"Participant '{participant}': measure '{name}' is negative ({text}); volumes and measures cannot be negative.",
                    $"Deelnemer '{participant}': maatstaf '{name}' is negatief ({text}); een volume of maatstaf kan niet negatief zijn.", line, participant);
            else result[name.Trim()] = value;
        }
        return result;
    }

    List<Line> Lines(List<LineRequest>? list, List<Participant> participants, HashSet<string> ids)
    {
        var result = new List<Line>();
        if (list is null || list.Count == 0)
        {
            Error("lines", "'lines' is required: at least one budget line.", "Geef ten minste één begrotingsregel op.");
            return result;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"lines[{i}]";
            var r = list[i];
            var name = r.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                Error($"{path}.name", $"{path}: 'name' is required.", $"Regel {i + 1}: vul een naam in.");
                name = $"regel {i + 1}";
            }
            else if (!names.Add(name))
                Error($"{path}.name", $"Line '{name}' appears twice; line names must be unique.", $"Regel '{name}' komt twee keer voor; namen moeten uniek zijn.", name);
            if (Line(r, path, name, participants, ids) is { } line) result.Add(line);
        }
        return result;
    }

    Line? Line(LineRequest r, string path, string name, List<Participant> participants, HashSet<string> ids)
    {
        if (r.Method is null || !MethodNames.ByName.TryGetValue(r.Method.Trim(), out var method))
        {
            var known = string.Join(", ", MethodNames.ByName.Keys);
            Error($"{path}.method", $"Line '{name}': unknown method '{r.Method}'; use one of {known}.",
                $"Regel '{name}': onbekende methode '{r.Method}'; kies uit {known}.", name);
            return null;
        }
        var kind = LineKind.Structural;
        if (r.Kind is not null && !MethodNames.KindByName.TryGetValue(r.Kind.Trim(), out kind))
            Error($"{path}.kind", $"Line '{name}': unknown kind '{r.Kind}'; use structural, one-off or disentanglement.",
                $"Regel '{name}': onbekende soort '{r.Kind}'; kies structureel (structural), eenmalig (one-off) of ontvlechting (disentanglement).", name);

        var only = Only(r.Only, path, name, ids);
        var members = participants.Where(p => only is null || only.Contains(p.Id)).ToList();
        var line = new Line(name, method) { Kind = kind, Only = only };

        if (r.Measure is not null && r.Volume is not null && r.Measure != r.Volume)
            Error($"{path}.volume", $"Line '{name}': give either 'measure' or 'volume', not two different names.",
                $"Regel '{name}': geef 'measure' of 'volume', niet twee verschillende namen.", name);
        var measure = (r.Measure ?? r.Volume)?.Trim();
        if (method is Method.Key or Method.Share or Method.Profit or Method.Tariff or Method.PerCapita || (method == Method.External && measure is not null))
        {
            if (string.IsNullOrEmpty(measure))
                Error($"{path}.measure", $"Line '{name}': method '{method.Name()}' needs 'measure' (e.g. inhabitants, clients, hours).",
                    $"Regel '{name}': methode '{method.Label()}' heeft een maatstaf nodig (bijvoorbeeld inwoners, cliënten, uren).", name);
            else
            {
                foreach (var p in members.Where(p => !p.Measures.ContainsKey(measure)))
                    Error($"{path}.measure", $"Line '{name}': participant '{p.Id}' has no measure '{measure}'.",
                        $"Regel '{name}': deelnemer '{p.Name}' heeft geen waarde voor maatstaf '{measure}'.", name, p.Id);
                if (method is Method.Key or Method.Share or Method.Profit && members.Count > 0
                    && members.All(p => p.Measures.GetValueOrDefault(measure) == 0) && members.All(p => p.Measures.ContainsKey(measure)))
                    Error($"{path}.measure", $"Line '{name}': measure '{measure}' is zero for every participant of the line.",
                        $"Regel '{name}': maatstaf '{measure}' is nul voor alle deelnemers van de regel.", name);
                line = line with { Measure = measure };
            }
        }

        if (method is Method.Key or Method.Equal or Method.Percentage or Method.Share or Method.Profit)
            line = line with { Amount = Amount(r.Amount, $"{path}.amount", name, required: true) };
        else if (r.Amount is not null)
            Error($"{path}.amount", $"Line '{name}': method '{method.Name()}' computes its own amount; leave out 'amount'.",
                $"Regel '{name}': methode '{method.Label()}' berekent het bedrag zelf; laat het bedrag weg.", name);

        if (method is Method.Tariff or Method.PerCapita or Method.External)
            line = line with { Tariff = Tariff(r.Tariff, $"{path}.tariff", name) };
        if (method == Method.Percentage) line = line with { Percentages = Percentages(r.Percentages, path, name, members, ids) };
        if (method == Method.Budget) line = line with { Budgets = Budgets(r.Budgets, path, name, members, ids) };
        if (method == Method.External) line = line with { Customers = Customers(r.Customers, path, name), Surcharge = Surcharge(r.Surcharge, path, name) };
        return line;
    }

    IReadOnlyList<string>? Only(List<string?>? only, string path, string line, HashSet<string> ids)
    {
        if (only is null) return null;
        if (only.Count == 0)
            Error($"{path}.only", $"Line '{line}': 'only' is empty; leave it out to include every participant.",
                $"Regel '{line}': de deelnemerselectie is leeg.", line);
        var result = new List<string>();
        foreach (var raw in only)
        {
            var id = raw?.Trim() ?? "";
            if (!ids.Contains(id))
                Error($"{path}.only", $"Line '{line}': 'only' names participant '{id}', which is not in the participants list.",
                    $"Regel '{line}': deelnemer '{id}' uit de selectie staat niet in de lijst van deelnemers.", line, id);
            else if (result.Contains(id))
                Error($"{path}.only", $"Line '{line}': 'only' names participant '{id}' twice.", $"Regel '{line}': deelnemer '{id}' staat twee keer in de selectie.", line, id);
            else result.Add(id);
        }
        return result;
    }

    Dictionary<string, decimal> Percentages(Dictionary<string, string?>? raw, string path, string line, List<Participant> members, HashSet<string> ids)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (raw is null || raw.Count == 0)
        {
            Error($"{path}.percentages", $"Line '{line}': method 'percentage' needs 'percentages' per participant.",
                $"Regel '{line}': vul de percentages per deelnemer in.", line);
            return result;
        }
        foreach (var (id, text) in raw)
        {
            if (!PerParticipant(id, path + ".percentages", line, members, ids)) continue;
            if (Number(text) is not { } pct || pct < 0 || pct > 100)
                Error($"{path}.percentages.{id}", $"Line '{line}': percentage of participant '{id}' must be a number from 0 to 100 ('{text}').",
                    $"Regel '{line}': het percentage van deelnemer '{id}' moet een getal van 0 tot en met 100 zijn ('{text}').", line, id);
            else result[id] = pct;
        }
        var sum = result.Values.Sum();
        if (result.Count == raw.Count && sum != 100)
            Error($"{path}.percentages", $"Line '{line}': percentages add up to {sum.ToString(CultureInfo.InvariantCulture)}, not 100.",
                $"Regel '{line}': de percentages tellen op tot {sum.ToString(CultureInfo.GetCultureInfo("nl-NL"))} in plaats van 100.", line);
        return result;
    }

    Dictionary<string, decimal> Budgets(Dictionary<string, string?>? raw, string path, string line, List<Participant> members, HashSet<string> ids)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (raw is null || raw.Count == 0)
            Error($"{path}.budgets", $"Line '{line}': method 'budget' needs 'budgets' per participant.", $"Regel '{line}': vul het budget per deelnemer in.", line);
        foreach (var (id, text) in raw ?? [])
            if (PerParticipant(id, path + ".budgets", line, members, ids))
                result[id] = Amount(text, $"{path}.budgets.{id}", line, required: true, participant: id);
        return result;
    }

    bool PerParticipant(string id, string path, string line, List<Participant> members, HashSet<string> ids)
    {
        if (!ids.Contains(id))
            Error($"{path}.{id}", $"Line '{line}': participant '{id}' is not in the participants list.",
                $"Regel '{line}': deelnemer '{id}' staat niet in de lijst van deelnemers.", line, id);
        else if (!members.Any(m => m.Id == id))
            Error($"{path}.{id}", $"Line '{line}': participant '{id}' is not in the line's 'only' subset.",
                $"Regel '{line}': deelnemer '{id}' hoort niet bij de selectie van deze regel.", line, id);
        else return true;
        return false;
    }

    List<ExternalCustomer> Customers(List<CustomerRequest>? raw, string path, string line)
    {
        var result = new List<ExternalCustomer>();
        if (raw is null || raw.Count == 0)
            Error($"{path}.customers", $"Line '{line}': method 'external' needs 'customers' with a name and a volume.",
                $"Regel '{line}': geef de externe afnemers op met naam en volume.", line);
        for (var i = 0; i < (raw?.Count ?? 0); i++)
        {
            var c = raw![i];
            var name = string.IsNullOrWhiteSpace(c.Name) ? $"afnemer {i + 1}" : c.Name.Trim();
            if (Number(c.Volume) is not { } v || v < 0 || v > MaxMeasure)
                Error($"{path}.customers[{i}].volume", $"Line '{line}': customer '{name}' needs a volume of zero or more ('{c.Volume}').",
                    $"Regel '{line}': afnemer '{name}' heeft een volume van nul of meer nodig ('{c.Volume}').", line);
            else result.Add(new ExternalCustomer(name, v));
        }
        return result;
    }

    decimal Surcharge(string? text, string path, string line)
    {
        if (text is null) return 0m;
        if (Number(text) is { } s and >= 0 and <= 1000) return s;
        Error($"{path}.surcharge", $"Line '{line}': 'surcharge' must be a percentage of zero or more ('{text}').",
            $"Regel '{line}': de risico-opslag moet een percentage van nul of meer zijn ('{text}').", line);
        return 0m;
    }

    decimal Tariff(string? text, string path, string line)
    {
        if (Number(text) is { } t and >= 0 and <= 1_000_000_000m) return t;
        Error(path, $"Line '{line}': 'tariff' must be a number of zero or more ('{text}').",
            $"Regel '{line}': het tarief moet een getal van nul of meer zijn ('{text}').", line);
        return 0m;
    }

    decimal Amount(string? text, string path, string? line, bool required, string? participant = null)
    {
        var who = line is null ? "" : $"Line '{line}': ";
        var wie = line is null ? "" : $"Regel '{line}': ";
        var whose = participant is null ? "" : $" for participant '{participant}'";
        if (text is null)
        {
            if (required) Error(path, $"{who}amount{whose} is required.", $"{wie}vul het bedrag in.", line, participant);
            return 0m;
        }
        if (Number(text) is not { } a || Math.Abs(a) > MaxAmount)
            Error(path, $"{who}amount{whose} '{text}' is not a decimal number of euros, e.g. \"1250.00\".",
                $"{wie}bedrag '{text}' is geen geldig bedrag in euro's, bijvoorbeeld 1250,00 als 1250.00.", line, participant);
        else if (!Money.IsCents(a))
            Error(path, $"{who}amount{whose} '{text}' has more than two decimals; amounts are in whole cents.",
                $"{wie}bedrag '{text}' heeft meer dan twee decimalen; bedragen zijn in hele centen.", line, participant);
        else return a;
        return 0m;
    }

    static decimal? Number(string? text) =>
        text is not null && decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var d) ? d : null;
}
