using Verbonden.Core.LegalForms;
using Verbonden.Web.Features.Keuzehulp;

namespace Verbonden.Web.Tests.Keuzehulp;

public sealed class WizardStateTests
{
    static WizardState Complete() => new()
    {
        Participants = [new() { Name = "Ommen", Type = "gemeente" }, new() { Name = "Hardenberg", Type = "gemeente" }],
        Tasks = [new() { Name = "Bedrijfsvoering", Kind = "bedrijfsvoering", PowerHolder = "college" }],
        OwnEmployer = true,
        Goals = ["kwaliteit", "kwetsbaarheid"],
        CouncilRole = "bijrijder",
        Weights = new() { ["gelijkwaardigheid"] = 3m },
        Date = "2012-07-01",
    };

    [Fact]
    public void Encode_and_Decode_round_trip()
    {
        var state = WizardState.Decode(Complete().Encode());
        Assert.Equal("Hardenberg", state.Participants[1].Name);
        Assert.Equal("college", state.Tasks[0].PowerHolder);
        Assert.Equal(3m, state.Weights["gelijkwaardigheid"]);
        Assert.Equal("2012-07-01", state.Date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("kapot!")]
    [InlineData("eyJwYXJ0aWNpcGFudHMiOjF9")] // {"participants":1}
    public void Decode_starts_over_on_a_missing_or_tampered_link(string? s) => Assert.Empty(WizardState.Decode(s).Participants);

    [Fact]
    public void ToInput_reads_the_state_with_the_API_contract()
    {
        var input = Complete().ToInput(out var errors);
        Assert.Empty(errors);
        Assert.NotNull(input);
        Assert.Equal(CouncilRole.Bijrijder, input.CouncilRole);
        Assert.Equal(new DateOnly(2012, 7, 1), input.Date);
        // BOH, 1 July 2012: before the BVO existed, the openbaar lichaam.
        Assert.Equal(Verbonden.Core.Register.LegalForm.OpenbaarLichaam, LegalFormAdvisor.Advise(input, new DateOnly(2026, 1, 1)).Recommended);
    }

    [Fact]
    public void ToInput_reports_an_edited_link_instead_of_failing()
    {
        var state = Complete();
        state.Tasks[0].Kind = "alles";
        Assert.Null(state.ToInput(out var errors));
        Assert.Equal("tasks[0].kind", Assert.Single(errors).Field);
    }
}
