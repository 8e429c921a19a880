using Verbonden.Core.Calendar;

namespace Verbonden.Core.Tests.Calendar;

public class ZienswijzeCheckTests
{
    static readonly DateOnly LastDay = new(2026, 6, 24);

    [Theory]
    [InlineData("2026-06-24", "2026-07-10", ZienswijzeStatus.OpTijd)]   // on the last day
    [InlineData("2026-06-25", "2026-07-10", ZienswijzeStatus.TeLaat)]   // one day late
    [InlineData(null, "2026-06-24", ZienswijzeStatus.Open)]             // silent, last day not yet over
    [InlineData(null, "2026-06-25", ZienswijzeStatus.Uitgebleven)]      // silent after the term
    public void Status_AtTheBoundaries(string? received, string today, ZienswijzeStatus expected) =>
        Assert.Equal(expected, ZienswijzeCheck.Status(received is null ? null : DateOnly.Parse(received), LastDay, DateOnly.Parse(today)));

    [Fact]
    public void Validate_RequiresTextOrDocument()
    {
        var z = new Zienswijze { BudgetYear = 2027, ReceivedOn = LastDay };
        Assert.Equal("Text", Assert.Throws<DomainException>(z.Validate).Field);
        z.DocumentUrl = "javascript:alert(1)";
        Assert.Equal("DocumentUrl", Assert.Throws<DomainException>(z.Validate).Field);
        z.DocumentUrl = "https://example.org/zienswijze.pdf";
        z.Validate();
    }
}

public class EvaluationTests
{
    [Fact]
    public void Next_FromLastEvaluationWithAgreedInterval()
    {
        var e = Evaluation.Next(new DateOnly(2022, 3, 1), new DateOnly(2010, 1, 1), 3, new DateOnly(2024, 9, 1))!;
        Assert.Equal(new DateOnly(2025, 3, 1), e.DueOn);
        Assert.False(e.IntervalAssumed);
        Assert.True(e.Soon);       // six months before: 1 September 2024
        Assert.False(e.Overdue);
    }

    [Fact]
    public void Next_DefaultsToFourYearsFromDateInForce()
    {
        var e = Evaluation.Next(null, new DateOnly(2020, 1, 1), null, new DateOnly(2024, 1, 2))!;
        Assert.Equal(new DateOnly(2024, 1, 1), e.DueOn);
        Assert.True(e.IntervalAssumed);
        Assert.True(e.Overdue);
        Assert.False(e.Soon);
    }

    [Fact]
    public void Next_ReminderStartsSixMonthsBefore()
    {
        Assert.False(Evaluation.Next(null, new DateOnly(2020, 1, 1), 4, new DateOnly(2023, 6, 30))!.Soon);
        Assert.True(Evaluation.Next(null, new DateOnly(2020, 1, 1), 4, new DateOnly(2023, 7, 1))!.Soon);
        Assert.Null(Evaluation.Next(null, null, 4, new DateOnly(2023, 7, 1)));
    }
}
