using Verbonden.Web.Infrastructure;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Allocation;
using Verbonden.Core.Register;
using Verbonden.Data.Allocation;
using Verbonden.Data.Import;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Allocation;

/// <summary>
/// Kostenverdeling per arrangement: edit the input (JSON, participants prefilled from the participations), optionally
/// upload measures as CSV, compute, save as the plan for the year, download CSV or XLSX.
/// </summary>
public sealed class Calculate(Calculate.Handler handler, RegisterAccess access) : PageModel
{
    [BindProperty] public string Input { get; set; } = "";
    [BindProperty] public string? PlanName { get; set; }
    [BindProperty] public IFormFile? MeasuresFile { get; set; }

    public Model Arrangement { get; private set; } = null!;
    public AllocationReport? Report { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool saved, CancellationToken ct)
    {
        if (await handler.LoadAsync(id, ct) is not { } model) return NotFound();
        Arrangement = model;
        Input = model.Plan?.InputJson ?? handler.Template(model);
        PlanName = model.Plan?.Name;
        if (model.Plan is not null) Compute();
        if (saved) Saved = $"De kostenverdeling '{PlanName}' is opgeslagen.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await Prepare(id, ct) is { } notFound) return notFound;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await Prepare(id, ct) is { } notFound) return notFound;
        if (!await access.CanEditArrangementAsync(id, ct)) return Forbid();
        if (Report is null) return Page();
        var name = string.IsNullOrWhiteSpace(PlanName) ? $"Kostenverdeling {Report.Result.Year}" : PlanName.Trim();
        if (name.Length > 200)
        {
            Errors = ["De naam van de kostenverdeling is langer dan 200 tekens."];
            return Page();
        }
        await handler.SaveAsync(id, Report.Result.Year, name, Input, ct);
        return RedirectToPage(new { id, saved = true });
    }

    public async Task<IActionResult> OnPostCsvAsync(int id, CancellationToken ct)
    {
        if (await Prepare(id, ct) is { } notFound) return notFound;
        if (Report is null) return Page();
        return File(Encoding.UTF8.GetBytes(AllocationCsv.Write(Report.Result)), "text/csv; charset=utf-8", $"kostenverdeling-{Report.Result.Year}.csv");
    }

    public async Task<IActionResult> OnPostXlsxAsync(int id, CancellationToken ct)
    {
        if (await Prepare(id, ct) is { } notFound) return notFound;
        if (Report is null) return Page();
        return File(AllocationXlsx.Write(Report), AllocationApi.XlsxContentType, $"kostenverdeling-{Report.Result.Year}.xlsx");
    }

    async Task<IActionResult?> Prepare(int id, CancellationToken ct)
    {
        if (await handler.LoadAsync(id, ct) is not { } model) return NotFound();
        Arrangement = model;
        if (MeasuresFile is { Length: > 0 } file)
        {
            using var reader = new StreamReader(file.OpenReadStream());
            var (json, error) = Handler.ApplyMeasures(Input, reader, file.FileName);
            if (error is not null) { Errors = [error]; return null; }
            Input = json;
        }
        Compute();
        return null;
    }

    void Compute()
    {
        var (report, errors) = Handler.Compute(Input);
        Report = report;
        Errors = [.. errors.Select(e => e.Bericht)];
    }

    public sealed record Model(int Id, string Name, IReadOnlyList<Participant> Participants, AllocationPlan? Plan, IReadOnlyList<AllocationPlan> Plans);

    /// <summary>Loads the arrangement with its participants and plans; computes and saves. Used by the page only.</summary>
    public sealed class Handler(VerbondenDbContext db, TimeProvider clock)
    {
        public async Task<Model?> LoadAsync(int id, CancellationToken ct)
        {
            var a = await db.Arrangements.AsNoTracking()
                .Include(x => x.Participations).ThenInclude(p => p.Organisation)
                .FirstOrDefaultAsync(x => x.Id == id, ct);
            if (a is null) return null;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var participants = a.Participations.Where(p => p.IsActiveOn(today) && p.Organisation is not null)
                .OrderBy(p => p.Organisation!.Name)
                .Select(p => new Participant(p.Organisation!.Code, p.Organisation.Name, new Dictionary<string, decimal>()))
                .DistinctBy(p => p.Id).ToList();
            var plans = await db.AllocationPlans.AsNoTracking().Where(p => p.ArrangementId == id)
                .OrderByDescending(p => p.Year).ThenByDescending(p => p.Id).ToListAsync(ct);
            return new Model(a.Id, a.Name, participants, plans.FirstOrDefault(), plans);
        }

        /// <summary>A starting input: next year, the current participants with an empty inhabitants measure, one line in equal shares.</summary>
        public string Template(Model model) => AllocationJson.Write(new AllocationRequest
        {
            Year = clock.GetLocalNow().Year + 1,
            Participants = [.. model.Participants.Select(p => new ParticipantRequest { Id = p.Id, Name = p.Name, Measures = new() { ["inwoners"] = "0" } })],
            Lines = [new LineRequest { Name = "Bijdrage werkorganisatie", Method = "equal", Amount = "100000.00" }],
        });

        public static (AllocationReport?, IReadOnlyList<AllocationError>) Compute(string json)
        {
            try
            {
                return AllocationReport.Run(AllocationJson.Read(json));
            }
            catch (AllocationFormatException e)
            {
                return (null, [new AllocationError(e.Field ?? "$", e.Message, $"De invoer is geen geldige kostenverdeling: {e.Message}")]);
            }
        }

        public static (string Json, string? Error) ApplyMeasures(string json, TextReader csv, string fileName)
        {
            try
            {
                var request = AllocationJson.Read(json);
                var count = AllocationCsv.Apply(request, AllocationCsv.ReadMeasures(csv, fileName, request.Year));
                return count == 0
                    ? (json, $"Het bestand {fileName} bevat geen maatstaven voor de deelnemers van deze kostenverdeling (kolom 'id' met hun code).")
                    : (AllocationJson.Write(request), null);
            }
            catch (ImportException e)
            {
                return (json, $"Het bestand met maatstaven kon niet worden gelezen: {e.Message}");
            }
            catch (AllocationFormatException e)
            {
                return (json, $"De invoer is geen geldige kostenverdeling: {e.Message}");
            }
        }

        /// <summary>Saves the input as the arrangement's plan for the year, replacing an earlier plan of that year.</summary>
        public async Task SaveAsync(int arrangementId, int year, string name, string json, CancellationToken ct)
        {
            var plan = await db.AllocationPlans.FirstOrDefaultAsync(p => p.ArrangementId == arrangementId && p.Year == year, ct);
            if (plan is null) db.AllocationPlans.Add(new AllocationPlan { ArrangementId = arrangementId, Year = year, Name = name, InputJson = json });
            else { plan.Name = name; plan.InputJson = json; }
            await db.SaveChangesAsync(ct);
        }
    }
}
