using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Matching;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Import;

/// <summary>
/// Imports the CBS code list of governments (columns cbsId, cbsIdCount, cbsName, cbsComment): municipalities
/// (GM, including historic ones), provinces (PV), water boards (WS) and gemeenschappelijke regelingen (GR).
/// Each becomes an <see cref="Organisation"/> keyed by its CBS code, with the CBS code and, where one exists,
/// the TOOI URI as identifiers valid from the date the comment gives.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Dates come from the comment: "Ontstaan per", "Nieuw gevormd per", "Naamswijziging per" and
/// "Begindatum" give ValidFrom; "Opgeheven per 01-01-2003" and "per 1/1/2011 opgegaan in" give ValidTo, the
/// day before (ValidTo is the last day the organisation existed).</item>
/// <item>Names CBS cut short ("Veiligheidsregio Noord- en Oost-Gelder..") or abbreviated ("Hhs …") are taken
/// in full from the comment when it spells them out.</item>
/// <item>Sub-municipal units (stadsdelen GM0363S.., deelgemeenten GM0599D..) are skipped: they cannot take part
/// in an arrangement.</item>
/// <item>A TOOI URI is stored for GM and PV codes. The WS codes in this list (WS01–WS29) are not the
/// four-digit water board codes TOOI uses (ws0155), so water boards get none.</item>
/// <item>Re-running updates changed names and dates and adds missing identifiers; an unchanged file changes nothing.</item>
/// </list>
/// </remarks>
public static partial class CbsOrganisationsImporter
{
    public const string Name = "organisations";
    public static readonly string[] Columns = ["cbsId", "cbsName"];

    /// <summary>Known damage in the 2016 list that text repair cannot undo: a lost letter was replaced by "-".</summary>
    static readonly Dictionary<string, (string Broken, string Fixed)> Errata = new()
    {
        ["GM0710"] = ("W-nseradiel", "Wûnseradiel"),
    };

    sealed record Draft(int Line, string Code, string Name, OrganisationType Type, string? ProvinceCode, DateOnly? ValidFrom, DateOnly? ValidTo);

    public static async Task<ImportSummary> ImportAsync(VerbondenDbContext db, string file,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var summary = new ImportSummary(Name, file);
        var drafts = Parse(CsvSource.Read(file, Columns), summary);
        summary.Rows = drafts.Count + summary.Counts.GetValueOrDefault(SkippedLabel);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Organisations.Include(o => o.Identifiers).ToDictionaryAsync(o => o.Code, ct);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (!existing.TryGetValue(d.Code, out var org))
            {
                org = new Organisation { Code = d.Code, Name = d.Name };
                db.Organisations.Add(org);
                existing[d.Code] = org;
                summary.Created++;
            }
            var changed = Apply(d, org);
            if (changed && org.Id != 0) summary.Updated++;
            else if (org.Id != 0) summary.Unchanged++;
            summary.Count(Organisation.Label(d.Type).ToLowerInvariant());
            progress?.Report(new ImportProgress("organisations", i + 1, drafts.Count));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return summary;
    }

    const string SkippedLabel = "skipped sub-municipal units";

    static List<Draft> Parse(CsvSource csv, ImportSummary summary)
    {
        var drafts = new List<Draft>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in csv.Records)
        {
            var code = r.Required("cbsId", 20).ToUpperInvariant();
            if (SubUnitCode().IsMatch(code)) { summary.Count(SkippedLabel); continue; }
            if (!CbsCode().IsMatch(code))
                throw r.Error("cbsId", $"'{code}' is not a CBS code of a government (GM0000, PV00, WS00 or GR0000)");
            if (seen.TryGetValue(code, out var first)) throw r.Error("cbsId", $"code {code} was already given on line {first}");
            seen[code] = r.Line;

            var comment = Clean(r.Get("cbsComment"));
            var name = FullName(Clean(r.Required("cbsName", 200)), comment);
            if (Errata.TryGetValue(code, out var e) && name == e.Broken) name = e.Fixed;
            var type = Organisation.TypeOfCbsCode(code)!.Value;
            var province = type == OrganisationType.Provincie ? code : NameKey.Parse(name).ProvinceCode;
            drafts.Add(new Draft(r.Line, code, name, type, province, ValidFrom(comment), ValidTo(comment)));
        }
        return drafts;
    }

    /// <summary>Sets the draft's values on the organisation; true when anything changed.</summary>
    static bool Apply(Draft d, Organisation org)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> set)
        {
            if (EqualityComparer<T>.Default.Equals(current, value)) return;
            set(value);
            changed = true;
        }
        Set(org.Name, d.Name, v => org.Name = v);
        Set(org.Type, d.Type, v => org.Type = v);
        Set(org.ValidFrom, d.ValidFrom, v => org.ValidFrom = v);
        Set(org.ValidTo, d.ValidTo, v => org.ValidTo = v);
        if (d.ProvinceCode is not null) Set(org.ProvinceCode, d.ProvinceCode, v => org.ProvinceCode = v);

        foreach (var (scheme, value) in Identifiers(d.Code))
        {
            var id = org.Identifiers.FirstOrDefault(i => i.Scheme == scheme && i.Value == value);
            if (id is null)
            {
                org.Identifiers.Add(new OrganisationIdentifier { Scheme = scheme, Value = value, ValidFrom = d.ValidFrom, ValidTo = d.ValidTo });
                changed = true;
                continue;
            }
            Set(id.ValidFrom, d.ValidFrom, v => id.ValidFrom = v);
            Set(id.ValidTo, d.ValidTo, v => id.ValidTo = v);
        }
        return changed;
    }

    static IEnumerable<(IdentifierScheme, string)> Identifiers(string code)
    {
        yield return (IdentifierScheme.Cbs, code);
        if (TooiCode().IsMatch(code) && Organisation.TooiUri(code) is { } uri) yield return (IdentifierScheme.Tooi, uri);
    }

    /// <summary>Repairs the encoding and the escaped quotes ("\'De Meierij\'") the list contains.</summary>
    static string Clean(string text) => TextRepair.Tidy(text.Replace("\\'", "'"));

    /// <summary>The full name from the comment when the name is cut short ("…Gelder..") or abbreviated ("Hhs …").</summary>
    static string FullName(string name, string comment)
    {
        if (comment.Length == 0 || comment.Contains("<br>", StringComparison.OrdinalIgnoreCase)) return name;
        var full = comment.TrimEnd('.').Trim();
        if (name.EndsWith("..", StringComparison.Ordinal))
            return full.Length > name.Length - 2 && Abbreviates(name[..^2], full) ? full : name;
        if (name.StartsWith("Hhs ", StringComparison.Ordinal) && full.Equals("Hoogheemraadschap " + name[4..], StringComparison.OrdinalIgnoreCase))
            return full;
        return name;
    }

    /// <summary>Whether every word of <paramref name="shortName"/> starts the word of <paramref name="full"/> in the same place ("Werkgel. Noard" → "Werkgelegenheid Noardwest").</summary>
    static bool Abbreviates(string shortName, string full)
    {
        var a = shortName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return a.Length > 0 && a.Length <= b.Length
            && a.Select((w, i) => b[i].StartsWith(w.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)).All(x => x);
    }

    static DateOnly? ValidFrom(string comment) =>
        StartDate().Match(comment) is { Success: true } m ? ArrangementName.ParseDutchDate(m.Groups["date"].Value) : null;

    static DateOnly? ValidTo(string comment)
    {
        var m = EndDate().Match(comment);
        if (!m.Success) m = MergedDate().Match(comment);
        return m.Success && ArrangementName.ParseDutchDate(m.Groups["date"].Value) is { } end ? end.AddDays(-1) : null;
    }

    [GeneratedRegex(@"^(GM\d{4}|PV\d{2}|WS\d{2,4}|GR\d{4})$")]
    private static partial Regex CbsCode();

    [GeneratedRegex(@"^GM\d{4}[SD]\d{2}$")]
    private static partial Regex SubUnitCode();

    [GeneratedRegex(@"^(GM\d{4}|PV\d{2}|WS\d{4})$")]
    private static partial Regex TooiCode();

    [GeneratedRegex(@"(Ontstaan|Nieuw gevormd|Naamswijziging|Begindatum) (per )?(?<date>\d{1,2}[-/]\d{1,2}[-/]\d{4})")]
    private static partial Regex StartDate();

    [GeneratedRegex(@"Opgeheven per (?<date>\d{1,2}[-/]\d{1,2}[-/]\d{4})")]
    private static partial Regex EndDate();

    [GeneratedRegex(@"per (?<date>\d{1,2}[-/]\d{1,2}[-/]\d{4}) opgegaan in")]
    private static partial Regex MergedDate();
}
