using System.Text.Json;
using Verbonden.Core.LegalForms;

namespace Verbonden.Core.Tests.LegalForms;

public sealed class AdviceContractTests
{
    const string Valid = """
        {
          "participants": [{"name": "Dinkelland", "type": "gemeente"}, {"name": "Tubbergen", "type": "gemeente"}],
          "tasks": [{"name": "Bedrijfsvoering", "kind": "bedrijfsvoering", "powerHolder": "college", "regulatory": false, "coGovernance": false}],
          "ownEmployer": true,
          "goals": ["kosten", "kwetsbaarheid", "kansen-medewerkers"],
          "councilRole": "achterbank",
          "weights": {"flexibiliteit": 2, "doel": 0.5},
          "date": "2015-01-01"
        }
        """;

    [Fact]
    public void Parse_reads_a_valid_request()
    {
        var input = AdviceContract.Parse(Valid, out var errors);
        Assert.Empty(errors);
        Assert.NotNull(input);
        Assert.Equal(2, input.Participants.Count);
        Assert.Equal(PowerHolder.College, input.Tasks[0].PowerHolder);
        Assert.True(input.OwnEmployer);
        Assert.Equal([Goal.Kosten, Goal.Kwetsbaarheid, Goal.KansenMedewerkers], input.Goals);
        Assert.Equal(CouncilRole.Achterbank, input.CouncilRole);
        Assert.Equal(2m, input.Weights["flexibiliteit"]);
        Assert.Equal(new DateOnly(2015, 1, 1), input.Date);
    }

    [Fact]
    public void Parse_lists_every_error_with_its_field()
    {
        const string bad = """
            {"participants": [{"name": "A", "type": "stad"}],
             "tasks": [{"kind": "alles", "powerHolder": "koning", "regulatory": "ja"}],
             "goals": ["geluk"], "councilRole": "passagier", "weights": {"mooi": 1, "doel": -1}, "date": "1-1-2015"}
            """;
        Assert.Null(AdviceContract.Parse(bad, out var errors));
        var fields = errors.Select(e => e.Field).ToList();
        Assert.Contains("participants", fields);            // only one participant
        Assert.Contains("participants[0].type", fields);
        Assert.Contains("tasks[0].name", fields);
        Assert.Contains("tasks[0].kind", fields);
        Assert.Contains("tasks[0].powerHolder", fields);
        Assert.Contains("tasks[0].regulatory", fields);
        Assert.Contains("goals[0]", fields);
        Assert.Contains("councilRole", fields);
        Assert.Contains("weights.mooi", fields);
        Assert.Contains("weights.doel", fields);
        Assert.Contains("date", fields);
        Assert.Contains(errors, e => e.Message.Contains("gemeente, provincie, waterschap, rijk, private", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_requires_participants_and_tasks()
    {
        Assert.Null(AdviceContract.Parse("{}", out var errors));
        Assert.Contains(errors, e => e.Field == "participants");
        Assert.Contains(errors, e => e.Field == "tasks");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("")]
    public void Parse_rejects_what_is_not_a_json_object(string body)
    {
        Assert.Null(AdviceContract.Parse(body, out var errors));
        Assert.Equal("$", Assert.Single(errors).Field);
    }

    [Fact]
    public void Parse_refuses_a_regulatory_task_without_a_power_holder()
    {
        var json = Valid.Replace("\"powerHolder\": \"college\", \"regulatory\": false", "\"powerHolder\": \"geen\", \"regulatory\": true", StringComparison.Ordinal);
        Assert.Null(AdviceContract.Parse(json, out var errors));
        Assert.Equal("tasks[0].powerHolder", Assert.Single(errors).Field);
    }

    [Fact]
    public void Response_uses_kebab_case_form_ids_and_reason_sources()
    {
        var input = AdviceContract.Parse(Valid, out _)!;
        var json = AdviceContract.Serialize(AdviceContract.ToResponse(LegalFormAdvisor.Advise(input, new DateOnly(2026, 1, 1)), input));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("bedrijfsvoeringsorganisatie", root.GetProperty("recommended").GetString());
        Assert.Equal("2015-01-01", root.GetProperty("date").GetString());
        var forms = root.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("form").GetString()).ToList();
        Assert.Equal(["openbaar-lichaam", "gemeenschappelijk-orgaan", "bedrijfsvoeringsorganisatie", "centrumgemeente", "regeling-zonder-meer",
            "nv", "bv", "stichting", "vereniging", "cooperatie", "overeenkomst"], forms);
        var go = root.GetProperty("options")[1];
        Assert.False(go.GetProperty("admissible").GetBoolean());
        var reason = go.GetProperty("reasons")[0];
        Assert.Equal("Wgr art. 8 lid 2", reason.GetProperty("source").GetString());
        Assert.Equal("refusal", reason.GetProperty("kind").GetString());
        Assert.Contains("coöperatie", json, StringComparison.Ordinal); // readable Dutch, not \u00F6
        Assert.Equal(2m, root.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "flexibiliteit").GetProperty("weight").GetDecimal());
    }
}
