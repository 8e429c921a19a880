using Verbonden.Core.LegalForms;
using Verbonden.Core.Register;
using static Verbonden.Core.LegalForms.PowerHolder;
using static Verbonden.Core.LegalForms.TaskKind;

namespace Verbonden.Core.Tests.LegalForms;

/// <summary>Every rule of <see cref="FormRules"/> both ways: an input for which it speaks and one for which it stays quiet.</summary>
public sealed class FormRulesTests
{
    static readonly AdviceBuilder Base = new();
    static readonly AdviceBuilder Employer = Base with { OwnEmployer = true };

    /// <summary>rule id → (form it speaks about, input where it applies, input where it does not, what the pair shows).</summary>
    static readonly Dictionary<string, (LegalForm Form, AdviceBuilder Applies, AdviceBuilder Quiet)> Cases = new()
    {
        // Wgr art. 8 lid 2: no legal personality, so no staff; fine when the members keep their own staff.
        ["werkgever-gemeenschappelijk-orgaan"] = (LegalForm.GemeenschappelijkOrgaan, Employer, Base),
        // Wgr art. 8 lid 4: the centre municipality employs, the cooperation does not.
        ["werkgever-centrumgemeente"] = (LegalForm.Centrumgemeente, Employer, Base),
        // Wgr art. 1 lid 1: a regeling zonder meer creates nobody who could employ.
        ["werkgever-regeling-zonder-meer"] = (LegalForm.RegelingZonderMeer, Employer, Base),
        // BW 6:213: an agreement is not a legal person.
        ["werkgever-overeenkomst"] = (LegalForm.Overeenkomst, Employer, Base),
        // Wgr art. 8 lid 1, lid 3, BW 2:3: legal personality supports the wish for own staff.
        ["rechtspersoon-openbaar-lichaam"] = (LegalForm.OpenbaarLichaam, Employer, Base),
        ["rechtspersoon-bedrijfsvoeringsorganisatie"] = (LegalForm.Bedrijfsvoeringsorganisatie, Employer, Employer with { Date = new(2014, 6, 1) }),
        ["rechtspersoon-privaat"] = (LegalForm.Stichting, Employer, Base),
        // Wgr art. 8 lid 3 and 4 in force 1 January 2015: the last day before and the first day after.
        ["bedrijfsvoeringsorganisatie-voor-2015"] = (LegalForm.Bedrijfsvoeringsorganisatie, Base with { Date = new(2014, 12, 31) }, Base with { Date = new(2015, 1, 1) }),
        ["centrumgemeente-voor-2015"] = (LegalForm.Centrumgemeente, Base with { Date = new(2014, 12, 31) }, Base with { Date = new(2015, 1, 1) }),
        // Wgr art. 8 lid 3: college powers only, operational tasks only, no regulation, only colleges take part.
        ["bedrijfsvoeringsorganisatie-alleen-college"] = (LegalForm.Bedrijfsvoeringsorganisatie, Base.WithTask(holder: Raad), Base.WithTask(holder: College)),
        ["bedrijfsvoeringsorganisatie-geen-beleidsvorming"] = (LegalForm.Bedrijfsvoeringsorganisatie, Base.WithTask(Beleidsvorming), Base.WithTask(Beleidsuitvoering)),
        ["bedrijfsvoeringsorganisatie-geen-regelgeving"] = (LegalForm.Bedrijfsvoeringsorganisatie, Base.WithTask(regulatory: true), Base.WithTask()),
        ["bedrijfsvoeringsorganisatie-alleen-colleges"] = (LegalForm.Bedrijfsvoeringsorganisatie, Base.WithParticipant(ParticipantType.Rijk), Base.WithParticipant(ParticipantType.Provincie)),
        // Wgr art. 8 lid 2: no generally binding rules for a gemeenschappelijk orgaan.
        ["gemeenschappelijk-orgaan-geen-regelgeving"] = (LegalForm.GemeenschappelijkOrgaan, Base.WithTask(regulatory: true), Base.WithTask()),
        // Awb 10:3 lid 2: no mandate to make generally binding rules.
        ["regelgeving-niet-in-mandaat"] = (LegalForm.Centrumgemeente, Base.WithTask(regulatory: true), Base.WithTask()),
        // Awb 10:3 lid 1: council powers do not lend themselves to mandate; college powers do.
        ["raadsbevoegdheid-niet-in-mandaat"] = (LegalForm.Centrumgemeente, Base.WithTask(holder: Raad), Base.WithTask(holder: College)),
        // Wgr art. 8 lid 4: between municipalities only.
        ["centrumgemeente-alleen-gemeenten"] = (LegalForm.Centrumgemeente, Base.WithParticipant(ParticipantType.Waterschap), Base.WithParticipant(ParticipantType.Gemeente)),
        // Wgr art. 8 lid 4 (2015): a power to exercise needs the centrumgemeente; coordination alone does not.
        ["regeling-zonder-meer-geen-bevoegdheden"] = (LegalForm.RegelingZonderMeer, Base.WithTask(holder: College), Base.WithTask(holder: Geen)),
        // Awb 10:4 lid 1 before 2015: the light regeling with mandate; from 2015 the centrumgemeente took its place.
        ["regeling-zonder-meer-lichte-regeling"] = (LegalForm.RegelingZonderMeer, Base.WithTask() with { Date = new(2014, 12, 31) }, Base.WithTask() with { Date = new(2015, 1, 1) }),
        // Awb 10:6–10:8: only when powers are mandated.
        ["centrumgemeente-mandaatgever"] = (LegalForm.Centrumgemeente, Base.WithTask(holder: College), Base.WithTask(holder: Geen)),
        // Awb 10:4 lid 1: mandate outside one's own organisation needs consent.
        ["mandaat-met-instemming"] = (LegalForm.Overeenkomst, Base.WithTask(holder: College), Base.WithTask(holder: Geen)),
        // Gemeentewet art. 108 lid 2: medebewind only in public law; autonomous tasks may go either way.
        ["medebewind-publiekrecht"] = (LegalForm.Stichting, Base.WithTask(coGovernance: true), Base.WithTask(coGovernance: false)),
        // Wgr art. 1 lid 1: a regeling is made by administrative bodies.
        ["regeling-alleen-bestuursorganen"] = (LegalForm.RegelingZonderMeer, Base.WithTask(holder: Geen).WithParticipant(ParticipantType.Private), Base.WithTask(holder: Geen)),
        ["private-deelnemer-openbaar-lichaam"] = (LegalForm.OpenbaarLichaam, Base.WithParticipant(ParticipantType.Private), Base),
        // Wgr art. 1 lid 2: a college or mayors' regeling needs council consent; a raadsregeling does not.
        ["toestemming-raad"] = (LegalForm.OpenbaarLichaam, Base.WithTask(holder: College), Base.WithTask(holder: Raad)),
        // Gemeentewet art. 160 lid 2: applies to municipalities, not to provinces and water boards.
        ["deelneming-privaat"] = (LegalForm.Bv, Base,
            Base with { Participants = [new("Overijssel", ParticipantType.Provincie), new("Vechtstromen", ParticipantType.Waterschap)] }),
        // Council roles (seed 003 §4.2): private forms leave a bijrijder out; only OL and GO make the council bestuurder.
        ["raad-als-bijrijder"] = (LegalForm.Stichting, Base with { CouncilRole = CouncilRole.Bijrijder }, Base with { CouncilRole = CouncilRole.Achterbank }),
        ["raad-als-bestuurder"] = (LegalForm.Bedrijfsvoeringsorganisatie, Base with { CouncilRole = CouncilRole.Bestuurder }, Base with { CouncilRole = CouncilRole.Bijrijder }),
    };

    public static TheoryData<string> RuleIds() => [.. FormRules.All.Select(r => r.Id)];

    [Fact]
    public void Rules_have_unique_ids_and_a_source()
    {
        Assert.Equal(FormRules.All.Count, FormRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(FormRules.All, r => Assert.Matches(@"^(Wgr art\.|Awb 10:|BW |Gemeentewet art\.)", r.Basis.Article));
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_is_tested_both_ways(string id) => Assert.True(Cases.ContainsKey(id), $"No two-way case for rule '{id}'.");

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_applies_to_its_case(string id)
    {
        var (form, applies, _) = Cases[id];
        var option = applies.Advise().Option(form);
        Assert.Contains(option.Reasons, r => r.Rule == id);
        var rule = FormRules.All.Single(r => r.Id == id);
        if (rule.Effect == RuleEffect.Refuses) Assert.False(option.Admissible);
        if (rule.Effect == RuleEffect.Unmet) Assert.False(option.MeetsRequirements);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_stays_quiet_on_its_counter_case(string id)
    {
        var (form, _, quiet) = Cases[id];
        Assert.DoesNotContain(quiet.Advise().Option(form).Reasons, r => r.Rule == id);
    }

    [Fact]
    public void Reasons_carry_the_article_of_the_rule()
    {
        var reason = Base.WithTask(regulatory: true).Advise().Option(LegalForm.Centrumgemeente).Reasons.Single(r => r.Rule == "regelgeving-niet-in-mandaat");
        Assert.Equal("Awb 10:3 lid 2", reason.Source);
        Assert.Equal(RuleEffect.Refuses, reason.Effect);
    }
}
