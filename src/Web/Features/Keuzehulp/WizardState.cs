using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Verbonden.Core.Law;
using Verbonden.Core.LegalForms;

namespace Verbonden.Web.Features.Keuzehulp;

/// <summary>
/// What the wizard has gathered so far. It has the shape of the API request (<see cref="AdviceContract"/>), so the
/// advice page reads it with the same parser as the API, and it travels between the steps in the URL (<c>?s=</c>)
/// as base64url JSON: no session, no database, and the advice page can be bookmarked and printed.
/// </summary>
public sealed class WizardState
{
    public List<ParticipantRow> Participants { get; set; } = [];
    public List<TaskRow> Tasks { get; set; } = [];
    public bool? OwnEmployer { get; set; }
    public List<string> Goals { get; set; } = [];
    public string? CouncilRole { get; set; }
    public Dictionary<string, decimal> Weights { get; set; } = [];
    public string? Date { get; set; }

    public sealed class ParticipantRow
    {
        public string Name { get; set; } = "";
        public string Type { get; set; } = "";
    }

    public sealed class TaskRow
    {
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public string PowerHolder { get; set; } = "geen";
        public bool Regulatory { get; set; }
        public bool CoGovernance { get; set; }
    }

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The state as an API request body.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(ToJson()));

    /// <summary>The state in <paramref name="s"/>; an empty state when it is missing or cannot be read (a tampered link starts over).</summary>
    public static WizardState Decode(string? s)
    {
        if (string.IsNullOrEmpty(s)) return new WizardState();
        try
        {
            return JsonSerializer.Deserialize<WizardState>(Base64Url.DecodeFromChars(s), Options) ?? new WizardState();
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return new WizardState();
        }
    }

    /// <summary>The advisor input, or null with the problems when a step is incomplete.</summary>
    public AdviceInput? ToInput(out IReadOnlyList<InputError> errors) => AdviceContract.Parse(ToJson(), out errors);

    /// <summary>Dutch labels for the ids of the wizard's choices.</summary>
    public static class Labels
    {
        public static readonly IReadOnlyList<(string Id, string Label)> ParticipantTypes =
            [("gemeente", "Gemeente"), ("provincie", "Provincie"), ("waterschap", "Waterschap"), ("rijk", "Rijk"), ("private", "Private partij")];

        public static readonly IReadOnlyList<(string Id, string Label)> TaskKinds =
            [("bedrijfsvoering", "Bedrijfsvoering (ICT, personeel, financiën, inkoop)"), ("beleidsuitvoering", "Beleidsuitvoering"), ("beleidsvorming", "Beleidsvorming")];

        public static readonly IReadOnlyList<(string Id, string Label)> PowerHolders =
            [("geen", "Geen: de taak vraagt geen bevoegdheid"), ("college", "College van B&W"), ("raad", "Gemeenteraad"), ("burgemeester", "Burgemeester")];

        public static readonly IReadOnlyList<(string Id, string Label)> Goals =
            [("kwaliteit", "Kwaliteit"), ("kosten", "Kosten"), ("kwetsbaarheid", "Kwetsbaarheid"), ("kansen-medewerkers", "Kansen voor medewerkers"), ("kracht-in-de-regio", "Kracht in de regio")];

        public static readonly IReadOnlyList<(string Id, string Label, string Hint)> CouncilRoles =
        [
            ("achterbank", "Achterbank", "De raad controleert achteraf en wordt alleen geïnformeerd als het nodig is."),
            ("bijrijder", "Bijrijder", "De raad wordt goed geïnformeerd en adviseert over de koers."),
            ("bestuurder", "Bestuurder", "De raad stelt de kaders en wijst zelf de bestuurders aan."),
        ];

        public static string Of(IReadOnlyList<(string Id, string Label)> list, string? id) => list.FirstOrDefault(x => x.Id == id).Label ?? id ?? "";
    }
}
