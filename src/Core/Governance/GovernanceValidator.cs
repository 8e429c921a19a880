namespace Verbonden.Core.Governance;

/// <summary>The verdict on an arrangement's governance: valid when no finding is an error.</summary>
public sealed record GovernanceResult(DateOnly Date, bool Valid, IReadOnlyList<Finding> Findings, IReadOnlyList<ChecklistItem> Checklist);

/// <summary>
/// The governance designer's validator: applies the statutory rules (<see cref="GovernanceRules"/>), the risks of
/// seed 000 (<see cref="RoleRisks"/>), the besluitenlijst and roles-matrix checks and the regeling checklist, each
/// under the law of the arrangement's date.
/// </summary>
public static class GovernanceValidator
{
    public static IEnumerable<GovernanceRule> Rules =>
        GovernanceRules.All.Concat(RoleRisks.All).Concat(DecisionListRules.All).Concat(RolesMatrixRules.All);

    /// <param name="today">Used when the input names no date; pass the injected clock's date.</param>
    public static GovernanceResult Validate(GovernanceInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var day = input.Date ?? today;
        var findings = Rules.Where(r => r.AppliesTo(input.Form, day)).SelectMany(r => r.Evaluate(input)).ToList();
        var (checklist, missing) = RegelingChecklist.Evaluate(input, day);
        findings.AddRange(missing);
        var ordered = findings.OrderBy(f => f.Severity).ToList();
        return new GovernanceResult(day, ordered.All(f => f.Severity != Severity.Error), ordered, checklist);
    }
}
