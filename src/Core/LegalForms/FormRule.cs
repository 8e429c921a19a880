using Verbonden.Core.Law;
using Verbonden.Core.Register;

namespace Verbonden.Core.LegalForms;

/// <summary>What a rule does to the forms it names when its condition holds for the input.</summary>
public enum RuleEffect
{
    /// <summary>The law forbids the form for this input: the form is not admissible.</summary>
    Refuses,
    /// <summary>The form is allowed but does not give what the participants asked for (e.g. the council role).</summary>
    Unmet,
    /// <summary>The form is allowed on a condition or with a consequence the participants must know.</summary>
    Note,
    /// <summary>A legal fact that makes the form fit the input.</summary>
    Supports,
}

/// <summary>
/// One rule of the legal-form advisor, as data: its provision (article, Dutch text, period), the forms it speaks
/// about, and the condition on the input under which it applies.
/// </summary>
/// <param name="Id">Stable kebab-case id, used in the JSON output and in tests.</param>
public sealed record FormRule(string Id, Provision Basis, RuleEffect Effect, IReadOnlyList<LegalForm> Forms, Func<AdviceInput, bool> Condition)
{
    /// <summary>True when the rule speaks about <paramref name="form"/> for this input on <paramref name="day"/>.</summary>
    public bool AppliesTo(LegalForm form, AdviceInput input, DateOnly day) =>
        Forms.Contains(form) && Basis.AppliesOn(day) && Condition(input);
}

/// <summary>Groups of legal forms the rules refer to.</summary>
public static class FormGroups
{
    public static readonly IReadOnlyList<LegalForm> Private =
        [LegalForm.Nv, LegalForm.Bv, LegalForm.Stichting, LegalForm.Vereniging, LegalForm.Cooperatie];

    public static readonly IReadOnlyList<LegalForm> PrivateAndAgreement = [.. Private, LegalForm.Overeenkomst];

    public static readonly IReadOnlyList<LegalForm> Wgr =
    [
        LegalForm.OpenbaarLichaam, LegalForm.GemeenschappelijkOrgaan, LegalForm.Bedrijfsvoeringsorganisatie,
        LegalForm.Centrumgemeente, LegalForm.RegelingZonderMeer,
    ];

    /// <summary>Forms that act for the participants only by mandate (Awb title 10.1.1), never by transfer of powers.</summary>
    public static readonly IReadOnlyList<LegalForm> ByMandate =
        [LegalForm.Centrumgemeente, LegalForm.RegelingZonderMeer, .. PrivateAndAgreement];
}
