using Verbonden.Core.Register;
using Verbonden.Core.Reporting;

namespace Verbonden.Core.Tests.Reporting;

public class BbvParagraphTests
{
    static BbvEntry E(int id, string name, LegalForm form, decimal contribution, decimal shares = 0, decimal loans = 0, decimal guarantees = 0, decimal? equity = 100) =>
        new(id, name, "Zwolle", form, "Publieke gezondheid", new GovernanceInterest(1, 2, 20),
            new FinancialInterest(contribution, shares, loans, guarantees), equity, equity, 50, 60, 1.5m, null);

    [Fact]
    public void Build_GroupsInTheFourBbvGroups_WithTotalsOfTheEnteredFigures()
    {
        var p = BbvParagraph.Build("GM0193", "Zwolle", 2027,
        [
            E(1, "GGD IJsselland", LegalForm.OpenbaarLichaam, 1_234_567.89m),
            E(2, "Veiligheidsregio", LegalForm.OpenbaarLichaam, 2_000_000.01m, loans: 500_000m),
            E(3, "BNG Bank", LegalForm.Nv, 0m, shares: 12_345.67m),
            E(4, "Enexis Holding", LegalForm.Nv, 0m, shares: 1_000m, guarantees: 250_000m),
            E(5, "Stichting Welzijn", LegalForm.Stichting, 99.99m),
        ]);

        Assert.Equal([BbvCategory.GemeenschappelijkeRegeling, BbvCategory.VennootschapOfCooperatie, BbvCategory.StichtingOfVereniging, BbvCategory.Overig],
            p.Groups.Select(g => g.Category));
        Assert.Empty(p.Groups[3].Entries);
        Assert.Equal(5, p.Count);

        Assert.Equal(3_234_567.90m, p.Groups[0].Total.Contribution);
        Assert.Equal(500_000m, p.Groups[0].Total.Loans);
        Assert.Equal(13_345.67m, p.Groups[1].Total.Shares);
        Assert.Equal(250_000m, p.Groups[1].Total.Guarantees);
        Assert.Equal(new FinancialInterest(3_234_667.89m, 13_345.67m, 500_000m, 250_000m), p.Total);
        Assert.Equal(3_234_667.89m + 13_345.67m + 500_000m + 250_000m, p.Total.Total);
    }

    [Fact]
    public void Entry_ListsMissingFactsAsGaps()
    {
        Assert.Empty(E(1, "x", LegalForm.OpenbaarLichaam, 1).Gaps);
        var gaps = (E(1, "x", LegalForm.OpenbaarLichaam, 1, equity: null) with { PublicInterest = " ", Result = null }).Gaps;
        Assert.Equal(["openbaar belang", "eigen vermogen", "financieel resultaat"], gaps);
    }

    [Fact]
    public void Governance_VoteShare()
    {
        Assert.Equal(0.1m, new GovernanceInterest(1, 2, 20).VoteShare);
        Assert.Null(new GovernanceInterest(1, null, 20).VoteShare);
        Assert.Null(new GovernanceInterest(1, 3, 0).VoteShare);
    }
}
