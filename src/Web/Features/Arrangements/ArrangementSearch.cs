using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Web.Features.Arrangements;

/// <summary>Searching and filtering the register; used by the Regelingen page and GET /api/v1/regelingen.</summary>
public sealed class ArrangementSearch(VerbondenDbContext db)
{
    public sealed record Query
    {
        public string? Q { get; init; }
        public LegalForm? Form { get; init; }
        /// <summary>Participant: a CBS/organisation code (GM0153) or part of a name.</summary>
        public string? Participant { get; init; }
        public string? Domain { get; init; }
        public string? Province { get; init; }
        public ArrangementStatus? Status { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = 50;
    }

    public sealed record Row(int Id, string Name, LegalForm Form, ArrangementStatus Status, string? ProvinceCode, string? PolicyDomain, string? Seat, int Participants);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public async Task<Result> Handle(Query q, CancellationToken ct)
    {
        var page = Math.Max(1, q.Page);
        var size = Math.Clamp(q.PageSize, 1, 500);
        var query = db.Arrangements.AsNoTracking();
        if (q.Q is { Length: > 0 } text)
        {
            var like = $"%{Escape(text.Trim().ToLower())}%";
            query = query.Where(a => EF.Functions.Like(a.Name.ToLower(), like, "\\") || (a.CitationTitle != null && EF.Functions.Like(a.CitationTitle.ToLower(), like, "\\")));
        }
        if (q.Form is { } form) query = query.Where(a => a.LegalForm == form);
        if (q.Status is { } status) query = query.Where(a => a.Status == status);
        if (q.Province is { Length: > 0 } pv) query = query.Where(a => a.ProvinceCode == pv);
        if (q.Domain is { Length: > 0 } domain)
        {
            var like = $"%{Escape(domain.Trim().ToLower())}%";
            query = query.Where(a => a.PolicyDomain != null && EF.Functions.Like(a.PolicyDomain.ToLower(), like, "\\"));
        }
        if (q.Participant is { Length: > 0 } participant)
        {
            var p = participant.Trim();
            var like = $"%{Escape(p.ToLower())}%";
            var orgIds = db.Organisations.Where(o => o.Code == p.ToUpper() || EF.Functions.Like(o.Name.ToLower(), like, "\\")).Select(o => o.Id);
            query = query.Where(a => a.Participations.Any(x => orgIds.Contains(x.OrganisationId)));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(a => new Row(a.Id, a.Name, a.LegalForm, a.Status, a.ProvinceCode, a.PolicyDomain, a.Seat, a.Participations.Count))
            .ToListAsync(ct);
        return new Result(rows, total, page, size);
    }

    /// <summary>The distinct policy domains in the register, for the filter list.</summary>
    public async Task<List<string>> Domains(CancellationToken ct) =>
        await db.Arrangements.Where(a => a.PolicyDomain != null).Select(a => a.PolicyDomain!).Distinct().OrderBy(d => d).ToListAsync(ct);

    static string Escape(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
