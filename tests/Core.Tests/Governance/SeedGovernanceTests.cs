using Verbonden.Core.Governance;
using Verbonden.Core.Register;
using static Verbonden.Core.Register.BodyType;
using static Verbonden.Core.Register.SeatFunction;
using static Verbonden.Core.Tests.Governance.GovernanceBuilder;

namespace Verbonden.Core.Tests.Governance;

/// <summary>The governance of the seed cases (Ter Elst 2016, ch. 5 and appendix D), judged on their own dates.</summary>
public sealed class SeedGovernanceTests
{
    [Fact]
    public void Noaberkracht_2013_as_openbaar_lichaam_with_the_DB_a_copy_of_the_AB()
    {
        // As an OL the DB had to be a copy of the AB, one reason to move to a BVO in 2015.
        GovernanceMember[] board = [M("Wethouder D", "Dinkelland"), M("Burgemeester D", "Dinkelland", Burgemeester), M("Wethouder T", "Tubbergen"), M("Burgemeester T", "Tubbergen", Burgemeester)];
        var ol = new GovernanceBuilder
        {
            Participants = ["Dinkelland", "Tubbergen"],
            Bodies = [new(AlgemeenBestuur, board), new(DagelijksBestuur, board), new(Voorzitter, [board[1]])],
            Date = new(2013, 1, 1),
        }.Validate();
        Assert.True(ol.Valid);
        Assert.Empty(ol.Findings);
    }

    [Fact]
    public void Noaberkracht_2015_as_bedrijfsvoeringsorganisatie_and_not_a_day_earlier()
    {
        var bvo = new GovernanceBuilder
        {
            Form = LegalForm.Bedrijfsvoeringsorganisatie,
            Participants = ["Dinkelland", "Tubbergen"],
            Bodies = [new(Bestuur, [M("Burgemeester D", "Dinkelland", Burgemeester), M("Burgemeester T", "Tubbergen", Burgemeester)])],
            Date = new(2015, 1, 1),
        };
        Assert.True(bvo.Validate().Valid);
        Assert.Contains((bvo with { Date = new(2014, 12, 31) }).Validate().Findings, f => f.Rule == "bvo-voor-2015" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Boh_openbaar_lichaam_of_Ommen_and_Hardenberg()
    {
        var boh = new GovernanceBuilder
        {
            Participants = ["Ommen", "Hardenberg"],
            Bodies =
            [
                new(AlgemeenBestuur, [M("Wethouder O", "Ommen"), M("Burgemeester O", "Ommen", Burgemeester), M("Wethouder H", "Hardenberg"), M("Burgemeester H", "Hardenberg", Burgemeester)]),
                new(DagelijksBestuur, [M("Burgemeester H", "Hardenberg", Burgemeester), M("Wethouder O", "Ommen"), M("Wethouder H", "Hardenberg")]),
                new(Voorzitter, [M("Burgemeester H", "Hardenberg", Burgemeester)]),
            ],
            Date = new(2012, 7, 1),
        }.Validate();
        Assert.True(boh.Valid);
    }

    [Fact]
    public void EnschedeLosser_centrumgemeente_without_bodies_of_its_own()
    {
        var cg = new GovernanceBuilder { Form = LegalForm.Centrumgemeente, Participants = ["Enschede", "Losser"], Bodies = [], Date = new(2016, 11, 2) };
        Assert.True(cg.Validate().Valid);
        var withBoard = cg.With(Bestuur, M("Wethouder E", "Enschede"), M("Wethouder L", "Losser")).Validate();
        Assert.False(withBoard.Valid);
    }

    [Theory]
    [InlineData("DOWR", new[] { "Deventer", "Olst-Wijhe", "Raalte" })]
    [InlineData("Regio Zwolle", new[] { "Zwolle", "Kampen", "Meppel" })]
    public void Dowr_and_RegioZwolle_work_without_a_Wgr_body(string name, string[] participants)
    {
        // DOWR: regiegroepen and a bedrijfsvoeringsraad of the three secretaries; Regio Zwolle: a kernteam of mayors.
        var input = new GovernanceBuilder
        {
            Form = LegalForm.Overeenkomst,
            RegelingType = RegelingType.Onbekend,
            Participants = [.. participants],
            Bodies = [new(Overig, participants.Select(p => M($"Secretaris {p}", p, Secretaris)).ToList(), name)],
            Date = new(2016, 11, 4),
        }.Validate();
        Assert.True(input.Valid);
        Assert.Empty(input.Checklist);
    }

    [Fact]
    public void JeugdzorgIJsselland_bedrijfsvoeringsorganisatie_of_eleven_colleges()
    {
        string[] gemeenten = ["Zwolle", "Kampen", "Dalfsen", "Ommen", "Hardenberg", "Staphorst", "Zwartewaterland", "Steenwijkerland", "Raalte", "Olst-Wijhe", "Deventer"];
        var bvo = new GovernanceBuilder
        {
            Form = LegalForm.Bedrijfsvoeringsorganisatie,
            Participants = [.. gemeenten],
            Bodies = [new(Bestuur, gemeenten.Select(g => M($"Wethouder {g}", g)).ToList())],
            Date = new(2015, 1, 1),
        };
        Assert.True(bvo.Validate().Valid);
        // Weighted votes by inhabitants would give Zwolle (≈125,000 of ≈520,000) no majority; a majority is flagged.
        var zwolleDecides = bvo.With(Bestuur, [.. gemeenten.Select(g => M($"Wethouder {g}", g, votes: g == "Zwolle" ? 11 : 1))]).Validate();
        Assert.Contains(zwolleDecides.Findings, f => f.Rule == "stemmen-een-deelnemer-beslist" && f.Message.StartsWith("Zwolle", StringComparison.Ordinal));
    }
}
