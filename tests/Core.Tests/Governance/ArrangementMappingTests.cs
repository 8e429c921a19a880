using Verbonden.Core.Governance;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.Governance;

public sealed class ArrangementMappingTests
{
    static Organisation Org(int id, string name) => new() { Id = id, Code = $"GM{id:0000}", Name = name, Type = OrganisationType.Gemeente };

    static Arrangement Gbt()
    {
        var enschede = Org(153, "Enschede");
        var hengelo = Org(164, "Hengelo");
        var borne = Org(147, "Borne");
        var a = new Arrangement
        {
            Name = "Gemeenschappelijk Belastingkantoor Twente",
            LegalForm = LegalForm.OpenbaarLichaam,
            RegelingType = RegelingType.College,
            InterestsServed = "Heffing en invordering van belastingen",
            Participations =
            [
                new() { OrganisationId = 153, Organisation = enschede, JoinedOn = new(2009, 1, 1), Votes = 3 },
                new() { OrganisationId = 164, Organisation = hengelo, JoinedOn = new(2009, 1, 1) },
                new() { OrganisationId = 147, Organisation = borne, JoinedOn = new(2009, 1, 1), LeftOn = new(2015, 12, 31) },
            ],
        };
        a.Bodies =
        [
            new() { Type = BodyType.AlgemeenBestuur, Seats =
            [
                new() { PersonName = "Wethouder Enschede", Function = SeatFunction.Wethouder, OrganisationId = 153 },
                new() { PersonName = "Wethouder Hengelo", Function = SeatFunction.Wethouder, OrganisationId = 164, Votes = 2 },
            ] },
            new() { Type = BodyType.Directie, Seats = [new() { PersonName = "Directeur", Function = SeatFunction.Extern }] },
        ];
        return a;
    }

    [Fact]
    public void FromArrangement_maps_form_participants_on_the_day_bodies_and_seats()
    {
        var input = ArrangementMapping.FromArrangement(Gbt(), new DateOnly(2016, 1, 1));
        Assert.Equal(LegalForm.OpenbaarLichaam, input.Form);
        Assert.Equal(RegelingType.College, input.RegelingType);
        Assert.Equal(["Enschede", "Hengelo"], input.Participants); // Borne left on 31 December 2015
        Assert.Equal(new DateOnly(2016, 1, 1), input.Date);
        var ab = input.Bodies.Single(b => b.Type == BodyType.AlgemeenBestuur);
        Assert.Equal(new GovernanceMember("Wethouder Enschede", "Enschede", SeatFunction.Wethouder, 3), ab.Members[0]); // participation votes
        Assert.Equal(2, ab.Members[1].Votes);
        Assert.Null(input.Bodies.Single(b => b.Type == BodyType.Directie).Members[0].Participant);
    }

    [Fact]
    public void FromArrangement_records_only_what_the_register_knows_of_the_regeling()
    {
        var input = ArrangementMapping.FromArrangement(Gbt(), new DateOnly(2016, 1, 1));
        Assert.Equal(new Dictionary<string, bool> { ["belangen"] = true }, input.Provisions);
        var withoutInterests = Gbt();
        withoutInterests.InterestsServed = null;
        Assert.Null(ArrangementMapping.FromArrangement(withoutInterests, new DateOnly(2016, 1, 1)).Provisions);
    }

    [Fact]
    public void FromArrangement_feeds_the_validator()
    {
        var result = GovernanceValidator.Validate(ArrangementMapping.FromArrangement(Gbt(), new DateOnly(2016, 1, 1)), new DateOnly(2026, 1, 1));
        Assert.False(result.Valid);
        Assert.Contains(result.Findings, f => f.Rule == "ol-organen");            // no DB, no voorzitter recorded
        Assert.Contains(result.Findings, f => f.Rule == "stemmen-een-deelnemer-beslist"); // Enschede 3 of 5 votes
        Assert.Equal(ProvisionStatus.Present, result.Checklist.Single(c => c.Id == "belangen").Status);
    }

    [Fact]
    public void FromArrangement_keeps_a_seat_of_a_former_participant_as_a_finding_not_an_exception()
    {
        var a = Gbt();
        a.Bodies[0].Seats.Add(new() { PersonName = "Wethouder Borne", Function = SeatFunction.Wethouder, OrganisationId = 147 });
        var result = GovernanceValidator.Validate(ArrangementMapping.FromArrangement(a, new DateOnly(2016, 1, 1)), new DateOnly(2026, 1, 1));
        Assert.Contains(result.Findings, f => f.Rule == "lid-geen-deelnemer" && f.Message.Contains("Borne", StringComparison.Ordinal));
    }
}
