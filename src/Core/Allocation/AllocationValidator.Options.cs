namespace Verbonden.Core.Allocation;

// The optional parts of a request: year-end settlement, scenarios and the multi-year period.
public sealed partial class AllocationValidator
{
    SettlementInput? Settlement(SettlementRequest r, List<Line> lines, HashSet<string> ids)
    {
        SettlementMethod method;
        switch (r.Method?.Trim().ToLowerInvariant())
        {
            case "settle": method = SettlementMethod.Settle; break;
            case "reserve": method = SettlementMethod.Reserve; break;
            default:
                Error("settlement.method", $"Settlement: unknown method '{r.Method}'; use settle or reserve.",
                    $"Afrekening: onbekende methode '{r.Method}'; kies verrekenen (settle) of egalisatiereserve (reserve).");
                return null;
        }
        var actual = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (name, text) in r.Actual ?? [])
        {
            if (!lines.Any(l => l.Name == name))
                Error($"settlement.actual.{name}", $"Settlement: line '{name}' is not a budget line.",
                    $"Afrekening: regel '{name}' is geen begrotingsregel.", name);
            else actual[name] = Amount(text, $"settlement.actual.{name}", name, required: true);
        }
        var measures = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var (id, values) in r.ActualMeasures ?? [])
        {
            if (!ids.Contains(id))
                Error($"settlement.actualMeasures.{id}", $"Settlement: participant '{id}' is not in the participants list.",
                    $"Afrekening: deelnemer '{id}' staat niet in de lijst van deelnemers.", participant: id);
            else measures[id] = Measures(values, $"settlement.actualMeasures.{id}", id, null);
        }
        var ceiling = r.ReserveCeiling is null ? (decimal?)null : Amount(r.ReserveCeiling, "settlement.reserveCeiling", null, required: true);
        if (ceiling < 0)
            Error("settlement.reserveCeiling", "Settlement: the reserve ceiling cannot be negative.", "Afrekening: het plafond van de reserve kan niet negatief zijn.");
        var balance = Amount(r.ReserveBalance, "settlement.reserveBalance", null, required: false);
        if (balance < 0)
            Error("settlement.reserveBalance", "Settlement: the reserve balance cannot be negative.", "Afrekening: de stand van de reserve kan niet negatief zijn.");
        return new SettlementInput(method)
        {
            ActualAmounts = actual, ActualMeasures = measures, ReserveBalance = balance, ReserveCeiling = ceiling,
            ReserveMeasure = string.IsNullOrWhiteSpace(r.ReserveMeasure) ? null : r.ReserveMeasure.Trim(),
        };
    }

    List<Scenario> Scenarios(List<ScenarioRequest>? list, AllocationInput input, HashSet<string> ids)
    {
        var result = new List<Scenario>();
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var r = list![i];
            var path = $"scenarios[{i}]";
            var name = string.IsNullOrWhiteSpace(r.Name) ? $"scenario {i + 1}" : r.Name.Trim();
            var who = r.Participant?.Trim() ?? "";
            bool Known()
            {
                if (ids.Contains(who)) return true;
                Error($"{path}.participant", $"Scenario '{name}': participant '{who}' is not in the participants list.",
                    $"Scenario '{name}': deelnemer '{who}' staat niet in de lijst van deelnemers.", participant: who);
                return false;
            }
            switch (r.Type?.Trim().ToLowerInvariant())
            {
                case "exit":
                    var costs = Amount(r.FrictionalCosts ?? "0", $"{path}.frictionalCosts", null, required: true);
                    var staff = Amount(r.StaffTakenOver ?? "0", $"{path}.staffTakenOver", null, required: true);
                    if (costs < 0 || staff < 0)
                        Error($"{path}.frictionalCosts", $"Scenario '{name}': frictional costs and staff taken over cannot be negative.",
                            $"Scenario '{name}': frictiekosten en overgenomen personeel kunnen niet negatief zijn.");
                    if (r.Years is not (>= 1 and <= 50))
                        Error($"{path}.years", $"Scenario '{name}': 'years' must be 1 to 50 (the period over which the leaver pays).",
                            $"Scenario '{name}': de looptijd moet 1 tot en met 50 jaar zijn.");
                    if (Known() && input.Participants.Count < 2)
                        Error($"{path}.participant", $"Scenario '{name}': the last participant cannot leave.", $"Scenario '{name}': de laatste deelnemer kan niet uittreden.", participant: who);
                    result.Add(new ExitScenario(name, who, costs, r.Years ?? 1, staff, r.FirstYear ?? input.Year + 1));
                    break;
                case "join":
                    if (Participant(r.Join, $"{path}.join") is not { } joiner) break;
                    if (ids.Contains(joiner.Id))
                        Error($"{path}.join.id", $"Scenario '{name}': participant '{joiner.Id}' already takes part.",
                            $"Scenario '{name}': deelnemer '{joiner.Id}' neemt al deel.", participant: joiner.Id);
                    foreach (var line in input.Lines.Where(l => l.Only is null && l.Measure is not null && !joiner.Measures.ContainsKey(l.Measure!)))
                        Error($"{path}.join.measures", $"Scenario '{name}': line '{line.Name}': joining participant '{joiner.Id}' has no measure '{line.Measure}'.",
                            $"Scenario '{name}': regel '{line.Name}': toetredende deelnemer '{joiner.Name}' heeft geen waarde voor maatstaf '{line.Measure}'.", line.Name, joiner.Id);
                    result.Add(new JoinScenario(name, joiner));
                    break;
                case "measure":
                    Known();
                    var measure = r.Measure?.Trim();
                    if (string.IsNullOrEmpty(measure))
                        Error($"{path}.measure", $"Scenario '{name}': 'measure' is required.", $"Scenario '{name}': kies de maatstaf die verandert.");
                    var values = Measures(new Dictionary<string, string?> { [measure ?? "?"] = r.Value }, path + ".value", who, null);
                    result.Add(new MeasureScenario(name, who, measure ?? "", values.GetValueOrDefault(measure ?? "?")));
                    break;
                default:
                    Error($"{path}.type", $"Scenario '{name}': unknown type '{r.Type}'; use exit, join or measure.",
                        $"Scenario '{name}': onbekend type '{r.Type}'; kies uittreding (exit), toetreding (join) of maatstaf (measure).");
                    break;
            }
        }
        return result;
    }

    PeriodInput? Period(PeriodRequest r, HashSet<string> ids)
    {
        if (r.Years is not (>= 1 and <= 20))
            Error("period.years", "Period: 'years' must be 1 to 20.", "Meerjarenraming: het aantal jaren moet 1 tot en met 20 zijn.");
        var index = 0m;
        if (r.Indexation is not null && (Number(r.Indexation) is not { } x || x < -50 || x > 100))
            Error("period.indexation", $"Period: 'indexation' must be a percentage ('{r.Indexation}').", $"Meerjarenraming: de indexering moet een percentage zijn ('{r.Indexation}').");
        else index = Number(r.Indexation) ?? 0m;
        var measures = new Dictionary<int, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>>();
        foreach (var (yearText, perParticipant) in r.Measures ?? [])
        {
            if (!int.TryParse(yearText, out var year))
            {
                Error($"period.measures.{yearText}", $"Period: '{yearText}' is not a year.", $"Meerjarenraming: '{yearText}' is geen jaar.");
                continue;
            }
            var byId = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
            foreach (var (id, values) in perParticipant ?? [])
            {
                if (!ids.Contains(id))
                    Error($"period.measures.{yearText}.{id}", $"Period {yearText}: participant '{id}' is not in the participants list.",
                        $"Meerjarenraming {yearText}: deelnemer '{id}' staat niet in de lijst van deelnemers.", participant: id);
                else byId[id] = Measures(values, $"period.measures.{yearText}.{id}", id, null);
            }
            measures[year] = byId;
        }
        return new PeriodInput(r.Years ?? 1, index) { Measures = measures };
    }
}
