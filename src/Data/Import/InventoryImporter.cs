using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Matching;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Import;

/// <summary>
/// Imports the Overijssel 2016 inventory format (seed 003 appendices A and B): one row per arrangement as listed
/// in a regional overzichtskaart, with the legal form as written and, where known, the participants.
/// An arrangement listed in both regional overviews (Euregio, Vitens NV, ...) becomes one arrangement in both regions.
/// Re-running is idempotent: arrangements are keyed by name, participations by organisation.
/// </summary>
public static class InventoryImporter
{
    public const string Name = "inventory";
    static readonly string[] Required = ["id", "name", "legal_form_as_written", "status", "participants"];

    public static async Task<ImportSummary> ImportAsync(VerbondenDbContext db, Stream csv, string file, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var rows = CsvSource.Read(csv, file, Required).Records;
        var summary = new ImportSummary(Name, file) { Rows = rows.Count };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var organisations = await db.Organisations.ToListAsync(ct);
        var matcher = new OrganisationMatcher(organisations.Where(o => !o.Code.StartsWith("X-"))
            .Select(o => new MatchCandidate(o.Code, o.Name, o.Type, o.ProvinceCode)));
        var byCode = organisations.ToDictionary(o => o.Code);
        var existing = await db.Arrangements.Include(a => a.Participations).ToListAsync(ct);
        var byName = existing.ToDictionary(a => Key(a.Name));
        var done = 0;
        var seen = new HashSet<string>();
        foreach (var row in rows)
        {
            var name = row.Required("name", 300);
            var isNew = !byName.TryGetValue(Key(name), out var a);
            a ??= new Arrangement { Name = name };
            var before = Fingerprint(a);
            // A second row for the same arrangement (listed in both regions) only adds what the first did not say.
            var merge = !seen.Add(Key(name));
            Apply(a, row, merge);
            foreach (var raw in Participants(row.Get("participants")))
            {
                // Overijssel is the context: "Hengelo" is Hengelo (O.). Only a certain match is linked, never a guess.
                var match = matcher.Match(raw, "PV23");
                var org = match is { Status: MatchStatus.Matched, Matches.Count: 1 } ? byCode[match.Matches[0].Code] : null;
                if (org is null)
                {
                    summary.Warnings.Add($"{Path.GetFileName(file)}, line {row.Line}: participant '{raw}' is not a known organisation; import the CBS list first (verbonden import organisations)");
                    continue;
                }
                if (a.Participations.Any(p => p.OrganisationId == org.Id)) continue;
                a.Participations.Add(new Participation { OrganisationId = org.Id, SourceName = raw, Role = ParticipantRole.Deelnemer });
                summary.Count("participations");
            }
            try { a.Validate(); }
            catch (Core.DomainException e) { throw new ImportException(file, row.Line, e.Field, e.Message); }
            if (merge) summary.Count("rows merged into an earlier row");
            else if (isNew) { db.Arrangements.Add(a); byName[Key(name)] = a; summary.Created++; }
            else if (Fingerprint(a) != before) summary.Updated++;
            else summary.Unchanged++;
            progress?.Report(new ImportProgress("arrangements", ++done, rows.Count));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        summary.Count("arrangements", byName.Count);
        return summary;
    }

    static void Apply(Arrangement a, CsvRecord row, bool merge)
    {
        var status = row.Get("status");
        var intention = status.Contains("intention", StringComparison.OrdinalIgnoreCase);
        var realised = status.Contains("realis", StringComparison.OrdinalIgnoreCase) || status.Contains("Gerealiseerd", StringComparison.OrdinalIgnoreCase);
        if (!merge)
        {
            a.LegalForm = LegalFormOf(row.Get("legal_form_as_written"), row.Get("legal_form_interpreted"));
            a.Status = intention && !realised ? ArrangementStatus.Intentie : ArrangementStatus.Actief;
            if (intention && status.Contains("2014")) a.IntendedSince = new DateOnly(2014, 5, 1);
            a.ProvinceCode = "PV23";
        }
        a.PolicyDomain = merge ? a.PolicyDomain ?? Truncate(Optional(row, "policy_domain"), 100) : Truncate(Optional(row, "policy_domain"), 100) ?? a.PolicyDomain;
        a.Tasks = merge ? a.Tasks ?? Optional(row, "tasks") : Optional(row, "tasks") ?? a.Tasks;
        a.Seat = merge ? a.Seat ?? Truncate(Optional(row, "seat_or_host"), 100) : Truncate(Optional(row, "seat_or_host"), 100) ?? a.Seat;
        var region = RegionOf(row.Get("source_table"));
        if (region is not null && !(a.Region ?? "").Split("; ").Contains(region))
            a.Region = a.Region is { Length: > 0 } r ? $"{r}; {region}" : region;
        var source = $"overijssel2016:{row.Required("id", 20)}";
        if (!(a.Source ?? "").Split(' ').Contains(source))
            a.Source = Truncate(a.Source is { Length: > 0 } s ? $"{s} {source}" : source, 200);
        var notes = string.Join(" ", new[] { Optional(row, "year") is { } y ? $"Jaar volgens bron: {y}." : null, Optional(row, "notes") }.Where(n => n is not null));
        if (notes.Length > 0 && !(a.Notes ?? "").Contains(notes)) a.Notes = a.Notes is { Length: > 0 } n ? $"{n}\n{notes}" : notes;
    }

    /// <summary>Interprets the legal form as written in the overview ("WGR+OL", "Ovk", "WGR cg", "Coöp", ...).</summary>
    public static LegalForm LegalFormOf(string asWritten, string interpreted)
    {
        var w = asWritten.ToLowerInvariant();
        var i = interpreted.ToLowerInvariant();
        if (i.Contains("openbaar lichaam") || w.Contains("ol")) return i.Contains("within the regional") ? LegalForm.Onbekend : LegalForm.OpenbaarLichaam;
        if (i.Contains("centrumgemeente") || w.Contains("cg")) return LegalForm.Centrumgemeente;
        if (i.Contains("bedrijfsvoeringsorganisatie") || w.Contains("bvo")) return LegalForm.Bedrijfsvoeringsorganisatie;
        if (i.Contains("regeling zonder meer") || i.Contains("lichte")) return LegalForm.RegelingZonderMeer;
        if (i.Contains("naamloze vennootschap") || w is "nv") return LegalForm.Nv;
        if (i.Contains("besloten vennootschap") || w.Contains("bv")) return LegalForm.Bv;
        if (i.Contains("coöperati") || w.Contains("coöp")) return LegalForm.Cooperatie;
        if (i.Contains("stichting")) return LegalForm.Stichting;
        if (i.Contains("vereniging")) return LegalForm.Vereniging;
        if (i.Contains("overeenkomst") || i.Contains("convenant") || i.Contains("agreement") || w.StartsWith("ovk")) return LegalForm.Overeenkomst;
        if (i.Contains("wgr regeling")) return LegalForm.WgrOnbekend;
        return LegalForm.Onbekend;
    }

    static string? RegionOf(string sourceTable) =>
        sourceTable.Contains("Twente", StringComparison.OrdinalIgnoreCase) ? Regions.Twente.Name
        : sourceTable.Contains("West-Overijssel", StringComparison.OrdinalIgnoreCase) ? Regions.WestOverijssel.Name
        : null;

    /// <summary>Splits "Enschede;Berkelland (others of the 12 not named)" into names, dropping remarks.</summary>
    static IEnumerable<string> Participants(string cell) =>
        System.Text.RegularExpressions.Regex.Replace(cell, @"\([^)]*\)", "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static string? Optional(CsvRecord row, string column) => row.Get(column) is { Length: > 0 } v ? v : null;

    static string Key(string name) => name.Trim().ToLowerInvariant();
    static string? Truncate(string? s, int n) => s is null ? null : s.Length <= n ? s : s[..(n - 1)] + "…";

    static string Fingerprint(Arrangement a) =>
        string.Join('|', a.LegalForm, a.Status, a.PolicyDomain, a.Tasks, a.Seat, a.Region, a.Source, a.Notes, a.IntendedSince, a.Participations.Count);
}
