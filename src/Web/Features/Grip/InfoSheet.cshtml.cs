using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Calendar;
using Verbonden.Core.Register;
using Verbonden.Core.Reporting;
using Verbonden.Data.Storage;
using Verbonden.Web.Infrastructure;

namespace Verbonden.Web.Features.Grip;

/// <summary>/regelingen/{id}/raadsinformatie: the council information sheet for the start of a council term,
/// with the council's role, instruments and the six questions of "Grip op regionale samenwerking".</summary>
public sealed class InfoSheetModel(VerbondenDbContext db, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public Arrangement Arrangement { get; private set; } = null!;
    public CouncilGrip Grip { get; private set; } = new();
    public BudgetCycleResult Cycle { get; private set; } = null!;
    public EvaluationDue? Evaluation { get; private set; }
    public IReadOnlyDictionary<int, decimal> Contributions { get; private set; } = new Dictionary<int, decimal>();
    public int? ContributionYear { get; private set; }
    public DateOnly Today { get; private set; }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        Today = Fmt.Today(clock);
        var a = await db.Arrangements.AsNoTracking().Include(x => x.Participations).ThenInclude(p => p.Organisation).FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (a is null) return false;
        Arrangement = a;
        Grip = await db.CouncilGrips.AsNoTracking().FirstOrDefaultAsync(g => g.ArrangementId == Id, ct) ?? new CouncilGrip { ArrangementId = Id };
        // The next zienswijze moments: the cycle of the first budget year whose zienswijze term has not yet passed.
        var year = Today.Year + 1;
        var dates = await db.ArrangementYears.AsNoTracking().Where(y => y.ArrangementId == Id && y.Year >= year).ToDictionaryAsync(y => y.Year, ct);
        BudgetCycleResult Compute(int y) => BudgetCycle.Compute(new CycleFacts(a.LegalForm, y, dates.GetValueOrDefault(y)?.AbMeetingOn, dates.GetValueOrDefault(y)?.DraftBudgetSentOn));
        Cycle = Compute(year);
        if (Cycle.Get(CycleStep.Zienswijzen) is { } z && z.LastDay < Today) Cycle = Compute(year + 1);
        Evaluation = Verbonden.Core.Calendar.Evaluation.Next(Grip.LastEvaluationOn, a.DateInForce, Grip.EvaluationIntervalYears, Today);
        ContributionYear = await db.ParticipantFinances.Where(f => f.ArrangementId == Id).MaxAsync(f => (int?)f.Year, ct);
        if (ContributionYear is { } cy)
            Contributions = await db.ParticipantFinances.Where(f => f.ArrangementId == Id && f.Year == cy).ToDictionaryAsync(f => f.OrganisationId, f => f.Contribution, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public IEnumerable<string> Instruments()
    {
        if (Grip.UsesZienswijze) yield return "zienswijze op begroting en regeling";
        if (Grip.UsesInformationDuty) yield return "actieve informatieplicht van het bestuur";
        if (Grip.UsesInquiry) yield return "gezamenlijk onderzoek (enquête) door de raden";
        if (Grip.UsesAdvisoryCommittee) yield return "gemeenschappelijke adviescommissie";
    }
}
