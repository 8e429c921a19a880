using Verbonden.Core.Reporting;
using Verbonden.Web.Features.Grip;

namespace Verbonden.Web.Tests.Grip;

/// <summary>Validation of the finance form (/regelingen/{id}/financien) and the council-grip form (/regelingen/{id}/raadsrol).</summary>
public sealed class FinanceFormTests
{
    static readonly Dictionary<int, string> Participants = new() { [7] = "Hardenberg", [8] = "Ommen" };

    [Fact]
    public void DutchAndDecimalPointNotation_MeanTheSameAmount()
    {
        var form = new FinanceForm
        {
            EigenVermogenBegin = "1.234,56", EigenVermogenEinde = "1234.56", VreemdVermogenBegin = "€ 2.000", Resultaat = "-25.000,5",
            Deelnemers = [new() { OrganisationId = 7, Bijdrage = "1.234,56", Garanties = "10000.10" }, new() { OrganisationId = 8 }],
        };
        var (figures, participants, errors) = form.Validate(Participants);
        Assert.Empty(errors);
        Assert.Equal(new YearFiguresView(1234.56m, 1234.56m, 2000m, null, -25000.5m), new YearFiguresView(figures!.EquityStart, figures.EquityEnd, figures.DebtStart, figures.DebtEnd, figures.Result));
        Assert.Equal(new Verbonden.Data.Grip.ParticipantFigures(1234.56m, 0, 0, 10000.10m), participants[0].Figures);
        Assert.Null(participants[1].Figures); // all four empty: nothing recorded
    }

    sealed record YearFiguresView(decimal? EquityStart, decimal? EquityEnd, decimal? DebtStart, decimal? DebtEnd, decimal? Result);

    [Fact]
    public void BadInput_GivesADutchMessagePerField_WithTheFieldId()
    {
        var form = new FinanceForm
        {
            EigenVermogenBegin = "1,234.56", VreemdVermogenEinde = "-1", Risicos = new string('x', FinanceForm.MaxRisks + 1),
            Deelnemers = [new() { OrganisationId = 7, Bijdrage = "12,345", Leningen = "-5" }, new() { OrganisationId = 99, Bijdrage = "1" }],
        };
        var (figures, _, errors) = form.Validate(Participants);
        Assert.Null(figures);
        Assert.Equal(["eigen-vermogen-begin", "vreemd-vermogen-einde", "risicos", "bijdrage-7", "leningen-7", "bijdrage-99"], errors.Select(e => e.Field));
        Assert.Contains("bijvoorbeeld 1.234,56 of 1234.56", errors[0].Message);
        Assert.Equal("Leningen van Hardenberg: het bedrag kan niet negatief zijn.", errors[4].Message);
    }

    [Fact]
    public void StoredFigures_AreShownTheDutchWay_AndReadBackUnchanged()
    {
        var view = new Verbonden.Data.Grip.ArrangementFinances(1, "BOH", 2027, new(1234567.89m, null, 0m, 5m, -1.5m, null),
            [new(7, "GM0160", "Hardenberg", new(250000.11m, 0, 0, 0))]);
        var form = FinanceForm.From(view);
        Assert.Equal("1234567,89", form.EigenVermogenBegin);
        Assert.Equal("250000,11", form.Deelnemers[0].Bijdrage);
        var (figures, participants, errors) = form.Validate(Participants);
        Assert.Empty(errors);
        Assert.Equal(1234567.89m, figures!.EquityStart);
        Assert.Equal(250000.11m, participants[0].Figures!.Contribution);
    }

    [Theory]
    [InlineData("0", null, "evaluatie-interval")]
    [InlineData("21", null, "evaluatie-interval")]
    [InlineData("vier", null, "evaluatie-interval")]
    [InlineData("4", "15-01-2023", "laatste-evaluatie")]
    [InlineData("4", "2026-11-23", "laatste-evaluatie")] // after today
    public void CouncilGrip_BadEvaluation_IsRefusedAndNothingApplied(string interval, string? last, string field)
    {
        var grip = new CouncilGrip { EvaluationIntervalYears = 2 };
        var errors = new CouncilGripForm { EvaluatieInterval = interval, LaatsteEvaluatie = last, Visie = "Nieuw" }.ApplyTo(grip, new DateOnly(2026, 11, 22));
        Assert.Equal([field], errors.Select(e => e.Field));
        Assert.Equal(2, grip.EvaluationIntervalYears);
        Assert.Null(grip.Vision);
    }

    [Fact]
    public void CouncilGrip_ValidForm_IsApplied_EmptyAnswersStayGaps()
    {
        var grip = new CouncilGrip();
        var errors = new CouncilGripForm
        {
            Rol = "Bijrijder", Zienswijze = true, Onderzoek = true, EvaluatieInterval = " 3 ", LaatsteEvaluatie = "2024-03-01",
            Visie = "  Samen sterker. ", Positie = "   ",
        }.ApplyTo(grip, new DateOnly(2026, 11, 22));
        Assert.Empty(errors);
        Assert.Equal((CouncilRole.Bijrijder, true, false, true, false), (grip.Role, grip.UsesZienswijze, grip.UsesInformationDuty, grip.UsesInquiry, grip.UsesAdvisoryCommittee));
        Assert.Equal((3, new DateOnly(2024, 3, 1)), (grip.EvaluationIntervalYears!.Value, grip.LastEvaluationOn!.Value));
        Assert.Equal("Samen sterker.", grip.Vision);
        Assert.Equal(5, grip.SixQuestions.Count(q => q.Answer is null));
    }

    [Fact]
    public void CouncilGrip_UnknownRole_IsRefused() =>
        Assert.Equal(["rol"], new CouncilGripForm { Rol = "Passagier" }.ApplyTo(new CouncilGrip(), new DateOnly(2026, 11, 22)).Select(e => e.Field));
}
