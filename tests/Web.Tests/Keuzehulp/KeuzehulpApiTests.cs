using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Verbonden.Web.Tests.Infrastructure;

namespace Verbonden.Web.Tests.Keuzehulp;

/// <summary>POST /api/v1/adviezen and /api/v1/governance-toetsen against a running app.</summary>
public sealed class KeuzehulpApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    HttpClient Http => app.Http;

    Task<HttpResponseMessage> Post(string path, string json) =>
        Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    const string JeugdzorgIJsselland = """
        {"participants": [{"name": "Zwolle", "type": "gemeente"}, {"name": "Kampen", "type": "gemeente"}, {"name": "Deventer", "type": "gemeente"}],
         "tasks": [{"name": "Inkoop jeugdzorg", "kind": "beleidsuitvoering", "powerHolder": "college", "regulatory": false, "coGovernance": true}],
         "ownEmployer": true, "goals": ["kosten", "kwaliteit"], "councilRole": "bijrijder", "date": "2015-01-01"}
        """;

    [Fact]
    public async Task Adviezen_returns_every_form_and_the_recommendation()
    {
        var response = await Post("/api/v1/adviezen", JeugdzorgIJsselland);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("bedrijfsvoeringsorganisatie", doc.RootElement.GetProperty("recommended").GetString());
        var stichting = doc.RootElement.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("form").GetString() == "stichting");
        Assert.False(stichting.GetProperty("admissible").GetBoolean());
        Assert.Contains(stichting.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("source").GetString() == "Gemeentewet art. 108 lid 2");
    }

    [Fact]
    public async Task Adviezen_answers_invalid_input_with_problem_json_listing_all_errors()
    {
        var response = await Post("/api/v1/adviezen", """{"participants": [{"name": "A", "type": "stad"}], "tasks": [], "councilRole": "passagier"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = doc.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("participants", out _));
        Assert.True(errors.TryGetProperty("participants[0].type", out _));
        Assert.True(errors.TryGetProperty("tasks", out _));
        Assert.True(errors.TryGetProperty("councilRole", out _));
        Assert.Equal(400, doc.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("42")]
    public async Task Adviezen_answers_a_malformed_body_with_problem_json_not_a_stack_trace(string body)
    {
        var response = await Post("/api/v1/adviezen", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    const string Ol = """
        {"form": "openbaar-lichaam", "regelingType": "college", "date": "2016-01-01", "participants": ["Ommen", "Hardenberg"],
         "bodies": [
           {"type": "algemeen-bestuur", "members": [
             {"name": "W. Ommen", "participant": "Ommen", "function": "wethouder"}, {"name": "B. Ommen", "participant": "Ommen", "function": "burgemeester"},
             {"name": "W. Hardenberg", "participant": "Hardenberg", "function": "wethouder"}, {"name": "B. Hardenberg", "participant": "Hardenberg", "function": "burgemeester"}]},
           {"type": "dagelijks-bestuur", "members": [
             {"name": "B. Hardenberg", "participant": "Hardenberg", "function": "burgemeester"}, {"name": "W. Ommen", "participant": "Ommen", "function": "wethouder"},
             {"name": "W. Hardenberg", "participant": "Hardenberg", "function": "wethouder"}]},
           {"type": "voorzitter", "members": [{"name": "B. Hardenberg", "participant": "Hardenberg", "function": "burgemeester"}]}]}
        """;

    [Fact]
    public async Task GovernanceToetsen_accepts_a_sound_openbaar_lichaam()
    {
        var response = await Post("/api/v1/governance-toetsen", Ol);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.NotEmpty(result.GetProperty("checklist").EnumerateArray());
    }

    [Fact]
    public async Task GovernanceToetsen_reports_errors_with_article_and_Dutch_message()
    {
        var response = await Post("/api/v1/governance-toetsen", Ol.Replace("\"type\": \"voorzitter\", \"members\": [{\"name\": \"B. Hardenberg\"", "\"type\": \"voorzitter\", \"members\": [{\"name\": \"Iemand anders\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("valid").GetBoolean());
        var finding = result.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "voorzitter-uit-ab");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("Wgr art. 13 lid 9", finding.GetProperty("source").GetString());
        Assert.Equal("De voorzitter, Iemand anders, is geen lid van het algemeen bestuur.", finding.GetProperty("message").GetString());
    }

    [Fact]
    public async Task GovernanceToetsen_refuses_unknown_form_missing_participants_and_a_member_who_is_no_participant()
    {
        var response = await Post("/api/v1/governance-toetsen", """
            {"form": "holding", "participants": [],
             "bodies": [{"type": "bestuur", "members": [{"name": "Anna", "participant": "Oldenzaal", "function": "wethouder"}]}]}
            """);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Unknown form 'holding'", errors.GetProperty("form")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("participants", out _));
        Assert.Equal("'Oldenzaal' is not one of the participants.", errors.GetProperty("bodies[0].members[0].participant")[0].GetString());
    }
}
