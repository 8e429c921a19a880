using Verbonden.Core.Governance;
using Verbonden.Core.Register;
using static Verbonden.Core.Register.BodyType;
using static Verbonden.Core.Register.SeatFunction;
using static Verbonden.Core.Tests.Governance.GovernanceBuilder;

namespace Verbonden.Core.Tests.Governance;

/// <summary>Every governance rule both ways: an input that breaks it and one that keeps it.</summary>
public sealed class GovernanceRulesTests
{
    static readonly GovernanceBuilder Ol = new();
    static readonly GovernanceBuilder Go = new() { Form = LegalForm.GemeenschappelijkOrgaan, Bodies = [new(BodyType.GemeenschappelijkOrgaan, [Anna, Bart])] };
    static readonly GovernanceBuilder Cg = new() { Form = LegalForm.Centrumgemeente, Bodies = [] };
    static readonly GovernanceBuilder Rzm = new() { Form = LegalForm.RegelingZonderMeer, Bodies = [] };
    static readonly GovernanceMember Gert = M("Gert", null, Extern), Hans = M("Hans", null, Extern), Piet = M("Piet", "A", Ambtenaar);
    static GovernanceBuilder Decisions(params Decision[] d) => Ol with { Decisions = [.. d] };
    static GovernanceBuilder Roles(params RoleAssignment[] r) => Ol with { Roles = [.. FullRoles.Where(f => r.All(x => x.Role != f.Role)), .. r] };

    /// <summary>rule id → (input that breaks it, input that keeps it). Comments name the article or source.</summary>
    static readonly Dictionary<string, (GovernanceBuilder Breaks, GovernanceBuilder Keeps)> Cases = new()
    {
        // Wgr art. 12 lid 1: AB, DB and voorzitter.
        ["ol-organen"] = (Ol.Without(DagelijksBestuur), Ol),
        // Wgr art. 13 lid 1: every participant has a member (warning: joint appointment is allowed).
        ["ab-lid-per-deelnemer"] = (Ol with { Participants = ["A", "B", "C"] }, Ol),
        ["ab-bestuurders"] = (Ol.With(AlgemeenBestuur, Anna, Bart, Carla, Dirk, Piet), Ol),
        // Wgr art. 13 lid 6: a collegeregeling draws the AB from the colleges; a raadsregeling may seat a raadslid.
        ["ab-collegeregeling"] = (Ol.With(AlgemeenBestuur, Anna, Bart, Carla, M("Rik", "B", Raadslid)),
            Ol.With(AlgemeenBestuur, Anna, Bart, Carla, M("Rik", "B", Raadslid)) with { RegelingType = RegelingType.Raad }),
        // Wgr art. 14 lid 1: voorzitter plus two or more.
        ["db-samenstelling"] = (Ol.With(DagelijksBestuur, Anna, Bart), Ol),
        ["db-niet-een-deelnemer"] = (Ol.With(AlgemeenBestuur, Anna, Bart, Carla, Dirk, M("Frank", "A")).With(DagelijksBestuur, Anna, Carla, M("Frank", "A")), Ol),
        // Wgr art. 14 lid 1 until 2015: DB from the AB only; from 2015 an outsider may sit in it.
        ["db-leden-uit-ab"] = (Ol.With(DagelijksBestuur, Anna, Bart, Carla, Gert) with { Date = new(2014, 12, 31) },
            Ol.With(DagelijksBestuur, Anna, Bart, Carla, Gert) with { Date = new(2015, 1, 1) }),
        // Wgr art. 14 lid 2: outsiders never a majority of the DB.
        ["db-buitenstaanders-minderheid"] = (Ol.With(DagelijksBestuur, Anna, Gert, Hans), Ol.With(DagelijksBestuur, Anna, Bart, Carla, Gert)),
        // Wgr art. 13 lid 9: the voorzitter comes from the AB.
        ["voorzitter-uit-ab"] = (Ol.With(Voorzitter, M("Ilse", null, Extern)), Ol),
        // Wgr art. 8 lid 2: one gemeenschappelijk orgaan.
        ["go-orgaan"] = (Go with { Bodies = [] }, Go),
        // Wgr art. 8 lid 3 and 14a: the BVO since 2015, collegeregeling only, one bestuur of college members, one each.
        ["bvo-voor-2015"] = (Bvo() with { Date = new(2014, 12, 31) }, Bvo() with { Date = new(2015, 1, 1) }),
        ["bvo-collegeregeling"] = (Bvo() with { RegelingType = RegelingType.Gemengd }, Bvo()),
        ["bvo-een-bestuur"] = (Bvo().With(AlgemeenBestuur, Anna, Bart), Bvo()),
        ["bvo-bestuur-collegeleden"] = (Bvo().With(Bestuur, Anna, M("Bas", "B", Secretaris)), Bvo()),
        ["bvo-een-lid-per-deelnemer"] = (Bvo().With(Bestuur, Anna, Carla, Bart), Bvo()),
        ["bvo-deelnemer-zonder-lid"] = (Bvo().With(Bestuur, Anna), Bvo()),
        // Wgr art. 8 lid 4: the centrumgemeente since 2015, without a board of its own (an advisory body is fine).
        ["centrumgemeente-voor-2015"] = (Cg with { Date = new(2014, 12, 31) }, Cg with { Date = new(2015, 1, 1) }),
        ["centrumgemeente-geen-eigen-bestuur"] = (Cg.With(AlgemeenBestuur, Anna, Bart), Cg.With(Adviescommissie, M("Rik", "B", Raadslid))),
        // Wgr art. 8: a regeling zonder meer sets up no body.
        ["regeling-zonder-meer-geen-organen"] = (Rzm.With(DagelijksBestuur, Anna, Bart), Rzm.With(Overig, Anna, Bart)),
        // BW 2:107/2:217 and 2:285: the owners meet in the AVA; a stichting has none.
        ["vennootschap-ava"] = (Company().With(Directie, Gert), Company().With(AlgemeneVergaderingVanAandeelhouders, Anna, Bart).With(Directie, Gert)),
        ["stichting-geen-leden"] = (Company(LegalForm.Stichting).With(AlgemeneVergaderingVanAandeelhouders, Anna), Company(LegalForm.Stichting).With(Bestuur, Gert)),

        // Members represent participants.
        ["lid-geen-deelnemer"] = (Ol.With(AlgemeenBestuur, Anna, Bart, Carla, Dirk, M("Cees", "C")), Ol),
        // Haagse Beek §6.1: owner and director, owner and own civil servant; §5.1: who supervises does not run.
        ["eigenaar-en-bestuurder"] = (Company().With(AlgemeneVergaderingVanAandeelhouders, Anna, Bart).With(Directie, Anna),
            Company().With(AlgemeneVergaderingVanAandeelhouders, Anna, Bart).With(Directie, Gert)),
        ["hierarchie-eigenaar-bestuurder"] = (Company().With(AlgemeneVergaderingVanAandeelhouders, Anna, Bart).With(Bestuur, Piet),
            Company().With(AlgemeneVergaderingVanAandeelhouders, Anna, Bart).With(Bestuur, Gert)),
        ["toezichthouder-bestuurt"] = (Company().With(RaadVanCommissarissen, Anna).With(Directie, Anna), Company().With(RaadVanCommissarissen, Hans).With(Directie, Gert)),
        // Haagse Beek §6.2: one execution framework.
        ["meerdere-uitvoeringskaders"] = (Ol with { Frameworks = ["Kader A", "Kader B"] }, Ol with { Frameworks = ["Gezamenlijk kader"] }),
        // Wgr art. 13 lid 4: weighting is allowed, but not so one participant decides alone.
        ["stemmen-een-deelnemer-beslist"] = (Ol.With(AlgemeenBestuur, M("Anna", "A", votes: 3), Bart, Carla, Dirk),
            Ol.With(AlgemeenBestuur, M("Anna", "A", votes: 2), M("Bart", "B", votes: 2), Carla, Dirk)),
        ["aandelen-een-deelnemer-beslist"] = (Company().With(AlgemeneVergaderingVanAandeelhouders, M("Anna", "A", votes: 60), M("Bart", "B", votes: 40)),
            Company().With(AlgemeneVergaderingVanAandeelhouders, M("Anna", "A", votes: 50), M("Bart", "B", votes: 50))),

        // Wgr art. 9 lid 1, 34 lid 1, 34b: the decisions the law expects are on the list.
        ["besluitenlijst-regeling"] = (Decisions(D("Begroting", DecisionType.Begroting), D("Jaarrekening", DecisionType.Jaarrekening)), Decisions([.. FullDecisionList])),
        ["besluitenlijst-begroting"] = (Decisions([.. FullDecisionList.Where(d => d.Type != DecisionType.Begroting)]), Decisions([.. FullDecisionList])),
        ["besluitenlijst-jaarrekening"] = (Decisions([.. FullDecisionList.Where(d => d.Type != DecisionType.Jaarrekening)]), Decisions([.. FullDecisionList])),
        // Wgr art. 35 lid 3: the councils' zienswijze on the draft budget.
        ["begroting-zonder-raad"] = (Decisions(D("Begroting", DecisionType.Begroting, Involvement.College)), Decisions(D("Begroting", DecisionType.Begroting, Involvement.Raad))),
        // Wgr art. 1 lid 2: consent of the council to change, join or leave.
        ["regeling-wijzigen-zonder-raad"] = (Decisions(D("Uittreding", DecisionType.Uittreding, Involvement.College)), Decisions(D("Uittreding", DecisionType.Uittreding, Involvement.Raad))),
        // Haagse Beek §2.2: frequent or urgent decisions are not for the council.
        ["raad-te-dicht-op-uitvoering"] = (Decisions(D("Inzet personeel", DecisionType.Overig, Involvement.Raad, DecisionFrequency.Wekelijks)),
            Decisions(D("Inzet personeel", DecisionType.Overig, Involvement.Ambtelijk, DecisionFrequency.Wekelijks))),
        ["besluit-dubbel"] = (Decisions(D("Tarieven", DecisionType.Tarieven), D("tarieven", DecisionType.Tarieven, Involvement.College)), Decisions(D("Tarieven", DecisionType.Tarieven))),
        // WOR art. 25 lid 1 (seed 000 §7.2): the works council advises before the municipalities decide on staff.
        ["or-buiten-spel"] = (Decisions(D("Formatie 2027", DecisionType.Formatie, Involvement.College)),
            Decisions(D("Formatie 2027", DecisionType.Formatie, Involvement.College, worksCouncil: true))),

        // Haagse Beek §2.2, §5.1, §6.1: every role held, none combined with its opposite, no hierarchy, no council as supervisor.
        ["rol-niet-belegd"] = (Ol with { Roles = [.. FullRoles.Where(r => r.Role != Role.Toezichthouder)] }, Ol with { Roles = FullRoles }),
        ["rollen-conflict"] = (Roles(new(Role.Opdrachtgever, "Gemeente A"), new(Role.Opdrachtnemer, "Gemeente A")), Roles(new(Role.Opdrachtgever, "Gemeente A"), new(Role.Opdrachtnemer, "Werkorganisatie"))),
        ["rollen-hierarchie"] = (Roles(new(Role.Eigenaar, "Anna", Wethouder, "A"), new(Role.Bestuurder, "Piet", Ambtenaar, "A")),
            Roles(new(Role.Eigenaar, "Anna", Wethouder, "A"), new(Role.Bestuurder, "Piet", Ambtenaar, "B"))),
        ["raad-als-toezichthouder"] = (Roles(new RoleAssignment(Role.Toezichthouder, "Gemeenteraad A", Raadslid, "A")), Roles(new RoleAssignment(Role.Toezichthouder, "Raad van toezicht"))),
    };

    public static TheoryData<string> RuleIds() => [.. GovernanceValidator.Rules.Select(r => r.Id)];

    [Fact]
    public void Rules_have_unique_ids()
    {
        var ids = GovernanceValidator.Rules.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_is_tested_both_ways(string id) => Assert.True(Cases.ContainsKey(id), $"No two-way case for rule '{id}'.");

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_reports_the_breach_with_its_severity_and_source(string id)
    {
        var rule = GovernanceValidator.Rules.Single(r => r.Id == id);
        var result = Cases[id].Breaks.Validate();
        var findings = result.Findings.Where(f => f.Rule == id).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, finding =>
        {
            Assert.Equal(rule.Severity, finding.Severity);
            Assert.Equal(rule.Basis.Article, finding.Source);
            Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        });
        if (rule.Severity == Severity.Error) Assert.False(result.Valid);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_is_quiet_when_kept(string id) => Assert.DoesNotContain(Cases[id].Keeps.Validate().Findings, f => f.Rule == id);

    [Fact]
    public void Default_openbaar_lichaam_is_valid_without_findings()
    {
        var result = Ol.Validate();
        Assert.True(result.Valid);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Works_council_rule_applies_to_government_only_from_1995()
    {
        var breaks = Cases["or-buiten-spel"].Breaks;
        Assert.DoesNotContain((breaks with { Date = new(1995, 2, 28) }).Validate().Findings, f => f.Rule == "or-buiten-spel");
        Assert.Contains((breaks with { Date = new(1995, 3, 1) }).Validate().Findings, f => f.Rule == "or-buiten-spel");
    }

    [Fact]
    public void Messages_name_the_people_and_participants()
    {
        var finding = Cases["db-niet-een-deelnemer"].Breaks.Validate().Findings.Single(f => f.Rule == "db-niet-een-deelnemer");
        Assert.Equal("Alle leden van het dagelijks bestuur komen uit A.", finding.Message);
        Assert.Equal("Wgr art. 14 lid 1", finding.Source);
    }
}
