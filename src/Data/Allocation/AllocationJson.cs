using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Verbonden.Core.Allocation;

namespace Verbonden.Data.Allocation;

/// <summary>The input file could not be read as an allocation request (malformed JSON, wrong type, unknown field).</summary>
public sealed class AllocationFormatException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>Reads allocation requests from JSON and writes reports as JSON (amounts as strings with two decimals).</summary>
public static class AllocationJson
{
    public static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new NumberOrStringConverter() },
    };

    static readonly JsonSerializerOptions WriteRequestOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses a request; throws <see cref="AllocationFormatException"/> with the JSON path and line of the problem.</summary>
    public static AllocationRequest Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AllocationRequest>(json, ReadOptions)
                ?? throw new AllocationFormatException("The input is empty; expected a JSON object.");
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path}";
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : "";
            throw new AllocationFormatException($"The input is not a valid allocation request{where}{line}: {FirstSentence(e.Message)}", e.Path);
        }
    }

    public static async Task<AllocationRequest> ReadAsync(Stream stream, CancellationToken ct = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(await reader.ReadToEndAsync(ct));
    }

    /// <summary>Writes a request back as indented JSON (used to prefill and store the web form).</summary>
    public static string Write(AllocationRequest request) => JsonSerializer.Serialize(request, WriteRequestOptions);

    static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] + "." : message;
    }

    /// <summary>Writes the report in the documented output shape.</summary>
    public static string Write(AllocationReport report, bool indented = true)
    {
        using var ms = new MemoryStream();
        Write(ms, report, indented);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void Write(Stream stream, AllocationReport report, bool indented = true)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        var r = report.Result;
        w.WriteStartObject();
        w.WriteNumber("year", r.Year);
        w.WriteStartArray("participants");
        foreach (var p in r.Participants)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            Money(w, "total", p.Total);
            Money(w, "pooled", p.Pooled);
            Money(w, "outsidePool", p.OutsidePool);
            w.WriteStartArray("lines");
            for (var l = 0; l < r.Lines.Count; l++)
            {
                w.WriteStartObject();
                w.WriteString("name", r.Lines[l].Name);
                Money(w, "amount", p.Amounts[l]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("lines");
        foreach (var l in r.Lines)
        {
            w.WriteStartObject();
            w.WriteString("name", l.Name);
            w.WriteString("method", l.Method.Name());
            w.WriteString("kind", l.Kind.Name());
            Money(w, "total", l.Total);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Money(w, "total", r.Total);
        Money(w, "pooledTotal", r.PooledTotal);
        if (r.Customers.Count > 0)
        {
            w.WriteStartArray("customers");
            foreach (var c in r.Customers)
            {
                w.WriteStartObject();
                w.WriteString("line", c.Line);
                w.WriteString("name", c.Name);
                w.WriteNumber("volume", c.Volume);
                Money(w, "amount", c.Amount);
                Money(w, "margin", c.Margin);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (report.Settlement is { } s) WriteSettlement(w, s);
        if (report.Scenarios.Count > 0)
        {
            w.WriteStartArray("scenarios");
            foreach (var sc in report.Scenarios) WriteScenario(w, sc);
            w.WriteEndArray();
        }
        if (report.Period is { } period) WritePeriod(w, period);
        w.WriteEndObject();
    }

    static void WriteSettlement(Utf8JsonWriter w, SettlementResult s)
    {
        w.WriteStartObject("settlement");
        w.WriteString("method", s.Method == SettlementMethod.Reserve ? "reserve" : "settle");
        w.WriteStartArray("participants");
        foreach (var p in s.Participants)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            Money(w, "provisional", p.Provisional);
            Money(w, "actual", p.Actual);
            Money(w, "difference", p.Difference);
            Money(w, "settled", p.Settled);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Money(w, "provisionalTotal", s.ProvisionalTotal);
        Money(w, "actualTotal", s.ActualTotal);
        Money(w, "settledTotal", s.SettledTotal);
        if (s.Reserve is { } r)
        {
            w.WriteStartObject("reserve");
            Money(w, "opening", r.Opening);
            Money(w, "result", r.Result);
            Money(w, "closing", r.Closing);
            if (r.Ceiling is { } c) Money(w, "ceiling", c); else w.WriteNull("ceiling");
            Money(w, "excess", r.Excess);
            Money(w, "shortfall", r.Shortfall);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    static void WriteScenario(Utf8JsonWriter w, ScenarioResult s)
    {
        w.WriteStartObject();
        w.WriteString("name", s.Scenario.Name);
        w.WriteString("type", s.Scenario switch { ExitScenario => "exit", JoinScenario => "join", _ => "measure" });
        w.WriteStartArray("participants");
        foreach (var p in s.Participants)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            Money(w, "before", p.Before);
            Money(w, "after", p.After);
            Money(w, "difference", p.Difference);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Money(w, "totalBefore", s.TotalBefore);
        Money(w, "totalAfter", s.TotalAfter);
        if (s.Exit is { } e)
        {
            w.WriteStartObject("exit");
            w.WriteString("participant", e.ParticipantId);
            w.WriteString("poolShare", e.PoolShare.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture));
            Money(w, "frictionalCosts", e.FrictionalCosts);
            Money(w, "leaverPart", e.LeaverPart);
            Money(w, "staffTakenOver", e.StaffTakenOver);
            Money(w, "bill", e.Bill);
            w.WriteStartArray("instalments");
            foreach (var (year, amount) in e.Instalments)
            {
                w.WriteStartObject();
                w.WriteNumber("year", year);
                Money(w, "amount", amount);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    static void WritePeriod(Utf8JsonWriter w, PeriodResult p)
    {
        w.WriteStartObject("period");
        w.WriteStartArray("years");
        foreach (var y in p.Years) w.WriteNumberValue(y);
        w.WriteEndArray();
        w.WriteStartArray("participants");
        foreach (var row in p.Participants)
        {
            w.WriteStartObject();
            w.WriteString("id", row.Id);
            w.WriteString("name", row.Name);
            w.WriteStartArray("amounts");
            foreach (var a in row.Amounts) w.WriteStringValue(Core.Allocation.Money.Format(a));
            w.WriteEndArray();
            Money(w, "total", row.Total);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("totals");
        foreach (var t in p.Totals) w.WriteStringValue(Core.Allocation.Money.Format(t));
        w.WriteEndArray();
        Money(w, "total", p.Total);
        w.WriteEndObject();
    }

    static void Money(Utf8JsonWriter w, string name, decimal value) => w.WriteString(name, Core.Allocation.Money.Format(value));

    /// <summary>Reads a JSON string or number into a string, keeping a number's exact text ("1250.00", 38000, 2.5).</summary>
    sealed class NumberOrStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a string or a number, not {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
