using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbonden.Core.Register;

namespace Verbonden.Web.Features.Arrangements;

public sealed class IndexModel(ArrangementSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "vorm")] public string? Vorm { get; set; }
    [BindProperty(SupportsGet = true, Name = "deelnemer")] public string? Deelnemer { get; set; }
    [BindProperty(SupportsGet = true, Name = "domein")] public string? Domein { get; set; }
    [BindProperty(SupportsGet = true, Name = "provincie")] public string? Provincie { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? StatusFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int Pagina { get; set; } = 1;

    public ArrangementSearch.Result Result { get; private set; } = new([], 0, 1, 50);
    public List<string> Domains { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await search.Handle(new ArrangementSearch.Query
        {
            Q = Q, Form = LegalFormInfo.FromId(Vorm), Participant = Deelnemer, Domain = Domein, Province = Provincie,
            Status = Enum.TryParse<ArrangementStatus>(StatusFilter, true, out var s) ? s : null, Page = Pagina,
        }, ct);
        Domains = await search.Domains(ct);
    }

    /// <summary>The current filters with another page number, for the pagination links.</summary>
    public Dictionary<string, string> RouteFor(int page) => new Dictionary<string, string?>
    {
        ["q"] = Q, ["vorm"] = Vorm, ["deelnemer"] = Deelnemer, ["domein"] = Domein, ["provincie"] = Provincie, ["status"] = StatusFilter, ["pagina"] = page.ToString(),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
}
