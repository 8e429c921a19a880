using System.Text.Json;
using Verbonden.Cli;

namespace Verbonden.Cli.Tests;

/// <summary><c>verbonden advise</c> and <c>verbonden check governance</c>, run in-process.</summary>
public sealed class AdviseCommandTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("verbonden-advise-").FullName;

    const string Noaberkracht2015 = """
        {"participants": [{"name": "Dinkelland", "type": "gemeente"}, {"name": "Tubbergen", "type": "gemeente"}],
         "tasks": [{"name": "Bedrijfsvoering", "kind": "bedrijfsvoering", "powerHolder": "college"}],
         "ownEmployer": true, "goals": ["kosten", "kwetsbaarheid"], "councilRole": "achterbank", "date": "2015-01-01"}
        """;

    const string SoundBvo = """
        {"form": "bedrijfsvoeringsorganisatie", "regelingType": "college", "date": "2015-01-01",
         "participants": ["Dinkelland", "Tubbergen"],
         "bodies": [{"type": "bestuur", "members": [
            {"name": "Burgemeester D", "participant": "Dinkelland", "function": "burgemeester"},
            {"name": "Burgemeester T", "participant": "Tubbergen", "function": "burgemeester"}]}]}
        """;

    string File(string json)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Advise_json_prints_the_advice_contract()
    {
        var (exit, stdout, stderr) = await Run("advise", "--input", File(Noaberkracht2015), "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("bedrijfsvoeringsorganisatie", doc.RootElement.GetProperty("recommended").GetString());
        Assert.Equal(11, doc.RootElement.GetProperty("options").GetArrayLength());
    }

    [Fact]
    public async Task Advise_text_prints_a_readable_advice_in_Dutch()
    {
        var (exit, stdout, _) = await Run("advise", "--input", File(Noaberkracht2015));
        Assert.Equal(0, exit);
        Assert.StartsWith("Advies naar het recht van 1 januari 2015: Bedrijfsvoeringsorganisatie (Wgr)", stdout, StringComparison.Ordinal);
        Assert.Contains("Wgr art. 8 lid 2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_with_invalid_input_prints_one_line_and_exits_2()
    {
        var (exit, stdout, stderr) = await Run("advise", "--input", File("""{"participants": [], "tasks": [{"name": "X", "kind": "alles"}]}"""), "--format", "json");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: invalid input: participants:", line, StringComparison.Ordinal);
        Assert.Contains("tasks[0].kind: Unknown kind 'alles'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_with_a_missing_file_exits_2_without_a_stack_trace()
    {
        var (exit, _, stderr) = await Run("advise", "--input", Path.Combine(_dir, "nope.json"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: cannot read input file", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_with_malformed_json_exits_2()
    {
        var (exit, _, stderr) = await Run("advise", "--input", File("{ not json"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: invalid input: $: The body is not valid JSON", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_rejects_an_unknown_format()
    {
        var (exit, stdout, _) = await Run("advise", "--input", File(Noaberkracht2015), "--format", "xml");
        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("recommended", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_governance_of_a_sound_arrangement_exits_0()
    {
        var (exit, stdout, _) = await Run("check", "governance", "--input", File(SoundBvo), "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Check_governance_with_errors_prints_the_findings_and_exits_1()
    {
        var before2015 = SoundBvo.Replace("2015-01-01", "2014-06-01", StringComparison.Ordinal);
        var (exit, stdout, _) = await Run("check", "governance", "--input", File(before2015));
        Assert.Equal(1, exit);
        Assert.Contains("niet in orde", stdout, StringComparison.Ordinal);
        Assert.Contains("fout         Wgr art. 8 lid 3", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_governance_refuses_a_member_who_is_no_participant()
    {
        var stranger = SoundBvo.Replace("\"participant\": \"Tubbergen\"", "\"participant\": \"Oldenzaal\"", StringComparison.Ordinal);
        var (exit, _, stderr) = await Run("check", "governance", "--input", File(stranger));
        Assert.Equal(2, exit);
        Assert.Equal("error: invalid input: bodies[0].members[1].participant: 'Oldenzaal' is not one of the participants.", stderr.TrimEnd());
    }

    [Fact]
    public async Task Check_governance_refuses_an_unknown_form()
    {
        var (exit, _, stderr) = await Run("check", "governance", "--input", File(SoundBvo.Replace("\"bedrijfsvoeringsorganisatie\"", "\"holding\"", StringComparison.Ordinal)));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: invalid input: form: Unknown form 'holding'", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
