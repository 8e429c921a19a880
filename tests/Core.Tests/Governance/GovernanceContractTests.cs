using System.Text.Json;
using Verbonden.Core.Governance;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.Governance;

public sealed class GovernanceContractTests
{
    const string Valid = """
        {
          "form": "openbaar-lichaam", "regelingType": "college", "date": "2016-01-01",
          "participants": ["Enschede", "Hengelo"],
          "bodies": [
            {"type": "algemeen-bestuur", "members": [
              {"name": "Anna", "participant": "Enschede", "function": "wethouder", "votes": 2},
              {"name": "Bart", "participant": "Hengelo", "function": "wethouder"}]},
            {"type": "dagelijks-bestuur", "members": [
              {"name": "Anna", "participant": "Enschede", "function": "wethouder"},
              {"name": "Bart", "participant": "Hengelo", "function": "wethouder"}]},
            {"type": "voorzitter", "members": [{"name": "Anna", "participant": "Enschede", "function": "wethouder"}]},
            {"type": "aandeelhoudersvergadering", "members": []}
          ],
          "provisions": {"wijziging": true, "uittreding": false},
          "executionFrameworks": ["Dienstverleningsovereenkomst"],
          "decisions": [{"name": "Begroting", "type": "begroting", "frequency": "jaarlijks", "urgency": "normaal", "involvement": "raad"}],
          "roles": [{"role": "eigenaar", "holder": "Anna", "function": "wethouder", "participant": "Enschede"}]
        }
        """;

    [Fact]
    public void Parse_reads_a_valid_request()
    {
        var input = GovernanceContract.Parse(Valid, out var errors);
        Assert.Empty(errors);
        Assert.NotNull(input);
        Assert.Equal(LegalForm.OpenbaarLichaam, input.Form);
        Assert.Equal(RegelingType.College, input.RegelingType);
        Assert.Equal(4, input.Bodies.Count);
        Assert.Equal(BodyType.AlgemeneVergaderingVanAandeelhouders, input.Bodies[3].Type);
        Assert.Equal(2, input.Bodies[0].Members[0].Votes);
        Assert.False(input.Provisions!["uittreding"]);
        Assert.Single(input.DecisionList);
        Assert.Equal(Role.Eigenaar, input.RolesMatrix[0].Role);
    }

    [Fact]
    public void Parse_rejects_an_unknown_form_missing_participants_and_a_member_who_is_no_participant()
    {
        const string bad = """
            {"form": "holding", "participants": [],
             "bodies": [{"type": "raad-van-elders", "members": [{"name": "Anna", "participant": "Oldenzaal", "function": "koning", "votes": -1}]}],
             "provisions": {"mooi": true}, "decisions": [{"name": "X", "frequency": "soms"}],
             "roles": [{"role": "baas", "holder": ""}]}
            """;
        Assert.Null(GovernanceContract.Parse(bad, out var errors));
        var fields = errors.Select(e => e.Field).ToList();
        Assert.Contains("form", fields);
        Assert.Contains("participants", fields);
        Assert.Contains("bodies[0].type", fields);
        Assert.Contains("bodies[0].members[0].participant", fields);
        Assert.Contains("bodies[0].members[0].function", fields);
        Assert.Contains("bodies[0].members[0].votes", fields);
        Assert.Contains("provisions.mooi", fields);
        Assert.Contains("decisions[0].frequency", fields);
        Assert.Contains("decisions[0].involvement", fields);
        Assert.Contains("roles[0].role", fields);
        Assert.Contains("roles[0].holder", fields);
        Assert.Contains(errors, e => e.Message == "'Oldenzaal' is not one of the participants.");
        Assert.Contains(errors, e => e.Message.StartsWith("Unknown form 'holding'; use one of: openbaar-lichaam,", StringComparison.Ordinal));
    }

    [Fact]
    public void Response_has_valid_findings_and_checklist()
    {
        var input = GovernanceContract.Parse(Valid, out _)!;
        var json = GovernanceContract.Serialize(GovernanceContract.ToResponse(GovernanceValidator.Validate(input, new DateOnly(2026, 1, 1))));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean()); // the DB has only one member beside the chair
        var finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "db-samenstelling");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("Wgr art. 14 lid 1", finding.GetProperty("source").GetString());
        var uittreding = root.GetProperty("checklist").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "uittreding");
        Assert.Equal("missing", uittreding.GetProperty("status").GetString());
        Assert.Equal("2016-01-01", root.GetProperty("date").GetString());
    }
}
