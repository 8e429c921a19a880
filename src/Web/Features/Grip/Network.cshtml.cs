using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Core.Network;
using Verbonden.Core.Register;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Grip;

/// <summary>/netwerk: the network of arrangements and participants, counts, trends and Boogers' measures per municipality.</summary>
public sealed class NetworkModel(VerbondenDbContext db, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "provincie")] public string? Province { get; set; }
    [FromQuery(Name = "vorm")] public string? Form { get; set; }
    [FromQuery(Name = "gemeente")] public string? Municipality { get; set; }
    [FromQuery(Name = "peildatum")] public DateOnly? On { get; set; }
    [FromQuery(Name = "vergelijk")] public DateOnly? CompareWith { get; set; }

    public IReadOnlyList<NetworkArrangement> Arrangements { get; private set; } = [];
    public IReadOnlyList<NetworkParticipant> Participants { get; private set; } = [];
    public string Svg { get; private set; } = "";
    public NetworkParticipant? Selected { get; private set; }
    public MunicipalityMeasures? Measures { get; private set; }
    public MunicipalityCounts? Counts { get; private set; }
    public Trend? Trend { get; private set; }
    public IReadOnlyList<string> Provinces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var form = LegalFormInfo.FromId(Form);
        if (Form is { Length: > 0 } && form is null) return BadRequest();
        On ??= Fmt.Today(clock);
        (Arrangements, Participants) = await ReportQueries.NetworkAsync(db, On.Value, Province, form, ct);
        Provinces = db.Arrangements.Where(a => a.ProvinceCode != null).Select(a => a.ProvinceCode!).Distinct().OrderBy(p => p).ToList();
        Svg = NetworkSvg.Render(Arrangements, Participants, $"Netwerk van samenwerkingsverbanden op {Fmt.Date(On.Value)}", standalone: false);
        if (Municipality is { Length: > 0 })
        {
            Selected = Participants.FirstOrDefault(p => string.Equals(p.Code, Municipality.Trim(), StringComparison.OrdinalIgnoreCase));
            if (Selected is not null)
            {
                Measures = NetworkMeasures.For(Selected.Id, Arrangements);
                Counts = NetworkCounts.For(Selected.Id, Arrangements);
            }
        }
        if (CompareWith is { } then)
        {
            var (past, _) = await ReportQueries.NetworkAsync(db, then, Province, form, ct);
            Trend = NetworkCounts.Compare(then, past, On.Value, Arrangements);
        }
        return Page();
    }

    public string ArrangementName(int id) => Arrangements.First(a => a.Id == id).Name;
    public string Query(string? provincie = null, string? vorm = null) =>
        $"?provincie={Uri.EscapeDataString(provincie ?? Province ?? "")}&vorm={Uri.EscapeDataString(vorm ?? Form ?? "")}&peildatum={(On is { } d ? Fmt.Iso(d) : "")}";
}
