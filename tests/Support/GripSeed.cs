using Verbonden.Core.Calendar;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;
using Verbonden.Data.Storage;

namespace Verbonden.TestSupport;

/// <summary>
/// A small register for the council-grip tests: three municipalities (GM0153 Enschede, GM0164 Hengelo,
/// GM0183 Tubbergen), a GGD (openbaar lichaam), a BVO, a Wgr arrangement of unknown form and an NV, with the
/// figures of 2027 and one zienswijze. Ids are returned so tests need not guess them.
/// </summary>
public sealed record GripSeed(int Enschede, int Hengelo, int Tubbergen, int Ggd, int Bvo, int Unknown, int Nv)
{
    public static async Task<GripSeed> CreateAsync(TestDatabase database)
    {
        await using var db = database.Open();
        Organisation Gm(string code, string name) => new() { Code = code, Name = name, Type = OrganisationType.Gemeente, ProvinceCode = "PV23" };
        var (ens, hen, tub) = (Gm("GM0153", "Enschede"), Gm("GM0164", "Hengelo"), Gm("GM0183", "Tubbergen"));
        db.Organisations.AddRange(ens, hen, tub);
        await db.SaveChangesAsync();

        Arrangement Arr(string name, LegalForm form, string domain) => new()
        {
            Name = name, LegalForm = form, Seat = "Enschede", ProvinceCode = "PV23", PolicyDomain = domain,
            InterestsServed = "Publieke gezondheid en veiligheid in Twente", DateInForce = new DateOnly(2015, 1, 1),
        };
        var ggd = Arr("GGD Twente", LegalForm.OpenbaarLichaam, "Zorg");
        var bvo = Arr("Belastingsamenwerking Twente", LegalForm.Bedrijfsvoeringsorganisatie, "Bedrijfsvoering");
        var unknown = Arr("Regio Twente", LegalForm.WgrOnbekend, "Economie");
        var nv = Arr("Twence NV", LegalForm.Nv, "Afval");
        foreach (var a in new[] { ggd, bvo, unknown, nv })
        {
            a.AddParticipant(ens.Id, votes: 3);
            a.AddParticipant(hen.Id, votes: 2);
        }
        ggd.AddParticipant(tub.Id, votes: 1);
        ggd.Bodies.Add(new GoverningBody { Type = BodyType.AlgemeenBestuur, Seats = [new BodySeat { PersonName = "A. Wethouder", Function = SeatFunction.Wethouder, OrganisationId = ens.Id, Votes = 3 }] });
        db.Arrangements.AddRange(ggd, bvo, unknown, nv);
        await db.SaveChangesAsync();

        db.ArrangementYears.Add(new ArrangementYear
        {
            ArrangementId = ggd.Id, Year = 2027, AbMeetingOn = new DateOnly(2026, 7, 2), DraftBudgetSentOn = new DateOnly(2026, 4, 1),
            EquityStart = 1_000_000m, EquityEnd = 1_100_000m, DebtStart = 500_000m, DebtEnd = 450_000m, Result = 100_000m, Risks = "Loonkosten stijgen",
        });
        db.ParticipantFinances.AddRange(
            new ParticipantFinance { ArrangementId = ggd.Id, OrganisationId = ens.Id, Year = 2027, Contribution = 1_234_567.89m },
            new ParticipantFinance { ArrangementId = bvo.Id, OrganisationId = ens.Id, Year = 2027, Contribution = 250_000.11m, Guarantees = 10_000m },
            new ParticipantFinance { ArrangementId = nv.Id, OrganisationId = ens.Id, Year = 2027, Shares = 45_000.50m, Loans = 1_000_000m });
        // Hengelo sent its zienswijze on time (last day 24 June 2026); Enschede was late; Tubbergen is silent.
        db.Zienswijzen.AddRange(
            new Zienswijze { ArrangementId = ggd.Id, OrganisationId = hen.Id, BudgetYear = 2027, ReceivedOn = new DateOnly(2026, 6, 24), Text = "Instemmen, met zorg over de loonkosten." },
            new Zienswijze { ArrangementId = ggd.Id, OrganisationId = ens.Id, BudgetYear = 2027, ReceivedOn = new DateOnly(2026, 6, 25), Text = "Geen bezwaar." });
        db.CouncilGrips.Add(new CouncilGrip { ArrangementId = ggd.Id, Role = CouncilRole.Bijrijder, UsesZienswijze = true, Vision = "Samen sterk in Twente.", EvaluationIntervalYears = 4, LastEvaluationOn = new DateOnly(2023, 3, 1) });
        await db.SaveChangesAsync();
        return new(ens.Id, hen.Id, tub.Id, ggd.Id, bvo.Id, unknown.Id, nv.Id);
    }
}
