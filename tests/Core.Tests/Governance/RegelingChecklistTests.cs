using Verbonden.Core.Governance;
using Verbonden.Core.Register;

namespace Verbonden.Core.Tests.Governance;

public sealed class RegelingChecklistTests
{
    [Fact]
    public void Checklist_is_unknown_when_nothing_is_recorded_and_reports_nothing()
    {
        var result = new GovernanceBuilder().Validate();
        Assert.All(result.Checklist, i => Assert.Equal(ProvisionStatus.Unknown, i.Status));
        Assert.DoesNotContain(result.Findings, f => f.Rule.StartsWith("regeling-", StringComparison.Ordinal) && f.Rule != "regeling-wijzigen-zonder-raad");
    }

    [Fact]
    public void Checklist_shows_present_and_missing_provisions_and_warns_for_the_missing()
    {
        var result = (new GovernanceBuilder { Provisions = new() { ["wijziging"] = true, ["uittreding"] = false } }).Validate();
        Assert.Equal(ProvisionStatus.Present, result.Checklist.Single(i => i.Id == "wijziging").Status);
        Assert.Equal(ProvisionStatus.Missing, result.Checklist.Single(i => i.Id == "uittreding").Status);
        var finding = Assert.Single(result.Findings, f => f.Rule == "regeling-uittreding");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Wgr art. 9 lid 1", finding.Source);
        Assert.True(result.Valid); // a missing provision is a warning, not an error
    }

    [Fact]
    public void The_2022_provisions_apply_from_1_July_2022()
    {
        // Wgr amendment of 1 July 2022 (Stb. 2022, 18): zienswijze, participatie, evaluatie, gevolgen van uittreding.
        var before = (new GovernanceBuilder { Date = new(2022, 6, 30) }).Validate().Checklist.Select(i => i.Id).ToList();
        var after = (new GovernanceBuilder { Date = new(2022, 7, 1) }).Validate().Checklist.Select(i => i.Id).ToList();
        Assert.DoesNotContain("participatie", before);
        Assert.Contains("participatie", after);
        Assert.Equal(4, after.Count - before.Count);
    }

    [Fact]
    public void A_missing_2022_provision_is_info_until_1_July_2024_and_a_warning_after()
    {
        var missing = new Dictionary<string, bool> { ["evaluatie"] = false };
        var during = (new GovernanceBuilder { Date = new(2024, 6, 30), Provisions = missing }).Validate().Findings.Single(f => f.Rule == "regeling-evaluatie");
        var after = (new GovernanceBuilder { Date = new(2024, 7, 1), Provisions = missing }).Validate().Findings.Single(f => f.Rule == "regeling-evaluatie");
        Assert.Equal(Severity.Info, during.Severity);
        Assert.Contains("1 juli 2024", during.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, after.Severity);
    }

    [Fact]
    public void Checklist_follows_the_form()
    {
        // Liquidation of assets (Wgr art. 9 lid 2) only for the openbaar lichaam; nothing for a private form.
        Assert.Contains(new GovernanceBuilder().Validate().Checklist, i => i.Id == "liquidatie");
        Assert.DoesNotContain(GovernanceBuilder.Bvo().Validate().Checklist, i => i.Id == "liquidatie");
        Assert.Empty(GovernanceBuilder.Company().Validate().Checklist);
        Assert.DoesNotContain((new GovernanceBuilder { Form = LegalForm.Centrumgemeente, Bodies = [] }).Validate().Checklist, i => i.Id == "inlichtingen-raden");
    }
}
