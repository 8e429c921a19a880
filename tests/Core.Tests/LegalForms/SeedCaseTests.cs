using Verbonden.Core.LegalForms;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.LegalForms;

/// <summary>The real cases of seed 003 (Ter Elst 2016, ch. 5), each judged under the law of its own date.</summary>
public sealed class SeedCaseTests
{
    static AdviceParticipant Gemeente(string name) => new(name, ParticipantType.Gemeente);

    // Noaberkracht Dinkelland–Tubbergen: an ambtelijke fusie (≈340 staff) for bedrijfsvoering and beleidsuitvoering.
    static AdviceBuilder Noaberkracht(DateOnly date) => new()
    {
        Participants = [Gemeente("Dinkelland"), Gemeente("Tubbergen")],
        Tasks =
        [
            new("Bedrijfsvoering", TaskKind.Bedrijfsvoering, PowerHolder.College, false, false),
            new("Uitvoering beleid", TaskKind.Beleidsuitvoering, PowerHolder.College, false, false),
        ],
        OwnEmployer = true,
        Goals = [Goal.Kosten, Goal.Kwetsbaarheid, Goal.Kwaliteit],
        CouncilRole = CouncilRole.Achterbank,
        Date = date,
    };

    [Fact]
    public void Noaberkracht_2013_OpenbaarLichaam_because_the_BVO_did_not_exist()
    {
        var advice = Noaberkracht(new(2013, 1, 1)).Advise();
        Assert.Equal(LegalForm.OpenbaarLichaam, advice.Recommended);
        Assert.False(advice.Option(LegalForm.Bedrijfsvoeringsorganisatie).Admissible);
        Assert.Contains(advice.Option(LegalForm.Bedrijfsvoeringsorganisatie).Reasons, r => r.Rule == "bedrijfsvoeringsorganisatie-voor-2015");
    }

    [Fact]
    public void Noaberkracht_2015_Bedrijfsvoeringsorganisatie_as_soon_as_the_law_allowed()
    {
        var advice = Noaberkracht(new(2015, 1, 1)).Advise();
        Assert.Equal(LegalForm.Bedrijfsvoeringsorganisatie, advice.Recommended);
        Assert.True(advice.Option(LegalForm.OpenbaarLichaam).Admissible);
    }

    [Fact]
    public void Boh_2012_OpenbaarLichaam_for_an_ambtelijke_fusie()
    {
        // Bestuursdienst Ommen–Hardenberg, 1 July 2012: ≈600 staff, bedrijfsvoering and beleidsuitvoering.
        var advice = (Noaberkracht(new(2012, 7, 1)) with { Participants = [Gemeente("Ommen"), Gemeente("Hardenberg")] }).Advise();
        Assert.Equal(LegalForm.OpenbaarLichaam, advice.Recommended);
    }

    // Enschede–Losser: Enschede does Losser's bedrijfsvoering; Losser decides "what", its council stays in the loop.
    static AdviceBuilder EnschedeLosser(DateOnly date) => new()
    {
        Participants = [Gemeente("Enschede"), Gemeente("Losser")],
        Tasks =
        [
            new("Bedrijfsvoering", TaskKind.Bedrijfsvoering, PowerHolder.College, false, false),
            new("Leerlingenvervoer", TaskKind.Beleidsuitvoering, PowerHolder.College, false, false),
        ],
        OwnEmployer = false,
        Goals = [Goal.Kosten, Goal.Kwetsbaarheid],
        CouncilRole = CouncilRole.Bijrijder,
        Date = date,
    };

    [Fact]
    public void EnschedeLosser_2016_Centrumgemeente()
    {
        var advice = EnschedeLosser(new(2016, 11, 2)).Advise();
        Assert.Equal(LegalForm.Centrumgemeente, advice.Recommended);
    }

    [Fact]
    public void EnschedeLosser_2011_light_regeling_with_mandate_before_the_centrumgemeente_was_in_the_Wgr()
    {
        var advice = EnschedeLosser(new(2011, 1, 1)).Advise();
        Assert.Equal(LegalForm.RegelingZonderMeer, advice.Recommended);
        Assert.Contains(advice.Option(LegalForm.RegelingZonderMeer).Reasons, r => r.Rule == "regeling-zonder-meer-lichte-regeling");
    }

    [Fact]
    public void Dowr_2012_no_Wgr_body()
    {
        // Deventer, Olst-Wijhe, Raalte: bedrijfsvoering in five percelen, by bestuursconvenant and DVO, kept non-binding.
        var advice = new AdviceBuilder
        {
            Participants = [Gemeente("Deventer"), Gemeente("Olst-Wijhe"), Gemeente("Raalte")],
            Tasks =
            [
                new("Belastingen", TaskKind.Bedrijfsvoering, PowerHolder.College, false, false),
                new("ICT", TaskKind.Bedrijfsvoering, PowerHolder.Geen, false, false),
            ],
            Goals = [Goal.Kosten, Goal.Kwetsbaarheid],
            CouncilRole = CouncilRole.Achterbank,
            Date = new(2012, 1, 1),
        }.Advise();
        Assert.Equal(LegalForm.Overeenkomst, advice.Recommended);
    }

    [Fact]
    public void RegioZwolle_2009_no_Wgr_body()
    {
        // 20 municipalities plus businesses and education: economic policy and lobby, funded by €1 per inhabitant.
        var advice = new AdviceBuilder
        {
            Participants = [Gemeente("Zwolle"), Gemeente("Kampen"), Gemeente("Meppel"), new("Ondernemers", ParticipantType.Private)],
            Tasks = [new("Economisch beleid en lobby", TaskKind.Beleidsvorming, PowerHolder.Geen, false, false)],
            Goals = [Goal.KrachtInDeRegio],
            CouncilRole = CouncilRole.Achterbank,
            Date = new(2009, 1, 1),
        }.Advise();
        Assert.Equal(LegalForm.Overeenkomst, advice.Recommended);
        Assert.False(advice.Option(LegalForm.RegelingZonderMeer).Admissible);
    }

    [Fact]
    public void JeugdzorgIJsselland_2015_Bedrijfsvoeringsorganisatie()
    {
        // 11 municipalities: purchasing, invoicing and monitoring of youth care (Jeugdwet: medebewind), contracts with providers.
        var names = new[] { "Zwolle", "Kampen", "Dalfsen", "Ommen", "Hardenberg", "Staphorst", "Zwartewaterland", "Steenwijkerland", "Raalte", "Olst-Wijhe", "Deventer" };
        var advice = new AdviceBuilder
        {
            Participants = names.Select(Gemeente).ToList(),
            Tasks = [new("Inkoop en facturatie jeugdzorg", TaskKind.Beleidsuitvoering, PowerHolder.College, false, true)],
            OwnEmployer = true,
            Goals = [Goal.Kosten, Goal.Kwaliteit],
            CouncilRole = CouncilRole.Bijrijder,
            Date = new(2015, 1, 1),
        }.Advise();
        Assert.Equal(LegalForm.Bedrijfsvoeringsorganisatie, advice.Recommended);
        Assert.All(FormGroups.PrivateAndAgreement, f => Assert.False(advice.Option(f).Admissible));
    }
}
