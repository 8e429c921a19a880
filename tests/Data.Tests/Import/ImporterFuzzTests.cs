using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Import;
using Verbonden.Data.Storage;
using Verbonden.TestSupport;
using Xunit.Abstractions;

namespace Verbonden.Data.Tests.Import;

/// <summary>
/// Feeds thousands of mutated copies of each importer's seed file to that importer. Each run must either import or fail with
/// <see cref="ImportException"/> (file, line, field) — never another exception — and a failed run must leave the database
/// exactly as it was (same row counts in every table, same last audit entry). Seeded, so a failure names a reproducible case.
/// </summary>
public sealed class ImporterFuzzTests(ITestOutputHelper output)
{
    public delegate Task Importer(VerbondenDbContext db, Stream csv, string file, CancellationToken ct);

    /// <summary>
    /// Every importer with its seed file from ../shared/data, how many of its lines to mutate (0 = all), how many cases on
    /// SQLite and PostgreSQL, and whether it needs the CBS organisations first. One line per importer.
    /// The larger importers get fewer cases and a shorter seed so the whole test stays around a minute.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, Importer Import, string SeedFile, int SeedLines, int Sqlite, int Postgres, bool NeedsCbs)> Importers =
    [
        ("inventory", (db, csv, file, ct) => InventoryImporter.ImportAsync(db, csv, file, ct: ct), "overijssel2016_inventory.csv", 0, 2000, 1000, false),
        ("organisations", (db, csv, file, ct) => ViaFile(csv, file, path => CbsOrganisationsImporter.ImportAsync(db, path, ct: ct)), "cbs_overheidscodes_2016.csv", 120, 2000, 800, false),
        ("opengr", (db, csv, file, ct) => ViaFile(csv, file, path => OpenGrImporter.ImportAsync(db, path, ct: ct)), "opengr_provincies.csv", 150, 1500, 500, true),
    ];

    /// <summary>The CBS and OpenGR importers read a named file: write the case there under its own name.</summary>
    static async Task ViaFile(Stream csv, string file, Func<string, Task<ImportSummary>> import)
    {
        var dir = Directory.CreateTempSubdirectory("verbonden-fuzz-").FullName;
        var path = Path.Combine(dir, file);
        try
        {
            await using (var f = File.Create(path)) await csv.CopyToAsync(f);
            await import(path);
        }
        finally { Directory.Delete(dir, true); }
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var i in Importers)
            foreach (var row in (IEnumerable<object[]>)TestDatabase.Providers())
                data.Add(i.Name, (string)row[0]);
        return data;
    }

    /// <summary>Cases per importer and provider (PostgreSQL adds its column-length checks); VERBONDEN_FUZZ_CASES overrides.</summary>
    static int CaseCount(string provider, int sqlite, int postgres) =>
        int.TryParse(Environment.GetEnvironmentVariable("VERBONDEN_FUZZ_CASES"), out var n) && n > 0 ? n : provider == "sqlite" ? sqlite : postgres;

    [Theory, MemberData(nameof(Cases))]
    public async Task MutatedFiles_ImportOrFailTyped_NeverPartially(string importer, string provider)
    {
        var (_, import, seedFile, seedLines, sqliteCases, postgresCases, needsCbs) = Importers.Single(i => i.Name == importer);
        var lines = await File.ReadAllLinesAsync(SharedData.File(seedFile));
        var seed = string.Join('\n', seedLines > 0 ? lines.Take(seedLines) : lines) + "\n";
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var ctx = db.Open())
        {
            await BuiltInDataset.LoadAsync(ctx);
            if (needsCbs) await CbsOrganisationsImporter.ImportAsync(ctx, SharedData.File("cbs_overheidscodes_2016.csv"));
        }

        var (imported, refused) = (0, 0);
        var unexpected = new List<string>();
        var clock = Stopwatch.StartNew();
        var cases = CaseCount(provider, sqliteCases, postgresCases);
        for (var i = 0; i < cases && unexpected.Count < 5; i++)
        {
            var random = new Random(20261123 + i);
            var bytes = Mutator.Mutate(seed, random);
            await using var ctx = db.Open(new AuditActor("fuzz"));
            var before = await Fingerprint(ctx);
            try
            {
                await import(ctx, new MemoryStream(bytes), $"case-{i}.csv", CancellationToken.None);
                imported++;
            }
            catch (ImportException e)
            {
                refused++;
                Assert.True(e.Line >= 0 && e.Message.StartsWith($"case-{i}.csv, line ", StringComparison.Ordinal), $"case {i}: message does not name file and line: {e.Message}");
                await using var check = db.Open();
                var after = await Fingerprint(check);
                if (after != before) unexpected.Add($"case {i}: failed with '{e.Message}' but the database changed: {before} -> {after}");
            }
            catch (Exception e)
            {
                unexpected.Add($"case {i} (seed {20261123 + i}): {e.GetType().Name}: {e.GetBaseException().Message.Split('\n')[0]}");
            }
        }
        await using (var ctx = db.Open())
            Assert.Null(await AuditTrail.VerifyAsync(ctx));
        output.WriteLine($"{importer} on {provider}: {cases} cases, {imported} imported, {refused} refused with ImportException, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        Assert.True(imported > 0 && refused > 0, $"the mutator should produce both outcomes (imported {imported}, refused {refused})");
    }

    /// <summary>Row counts of every register table and the last audit entry id.</summary>
    static async Task<string> Fingerprint(VerbondenDbContext db) => string.Join(",",
        await db.Organisations.CountAsync(), await db.OrganisationIdentifiers.CountAsync(), await db.Arrangements.CountAsync(),
        await db.Participations.CountAsync(), await db.Bodies.CountAsync(), await db.Documents.CountAsync(),
        await db.AuditEntries.CountAsync(), await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0);
}

/// <summary>Text- and byte-level mutations of a CSV file: one to three per case.</summary>
public static class Mutator
{
    static readonly string[] Palette = ["\"", ",", ";", "\n", "\r\n", "\r", "\0", "\uFEFF", "é", "'", " ", "x", "(", ")", "\t", "\"\"", "GM0153", "Enschede", "𝔘", "\u202E"];

    public static byte[] Mutate(string seed, Random r)
    {
        var text = seed;
        var n = r.Next(1, 4);
        for (var k = 0; k < n; k++) text = Once(text, r);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (r.Next(10) == 0 && bytes.Length > 0) bytes[r.Next(bytes.Length)] ^= (byte)(1 << r.Next(8)); // invalid UTF-8 now and then
        return bytes;
    }

    static string Once(string t, Random r)
    {
        var lines = t.Split('\n').ToList();
        int Pos() => r.Next(t.Length + 1);
        switch (r.Next(11))
        {
            case 0: { var p = Pos(); return t.Remove(Math.Min(p, t.Length), Math.Min(r.Next(1, 40), t.Length - Math.Min(p, t.Length))); }
            case 1: return t.Insert(Pos(), Palette[r.Next(Palette.Length)]);
            case 2: { var i = r.Next(lines.Count); lines.Insert(i, lines[i]); return string.Join('\n', lines); }
            case 3: lines.RemoveAt(r.Next(lines.Count)); return string.Join('\n', lines);
            case 4: { int a = r.Next(lines.Count), b = r.Next(lines.Count); (lines[a], lines[b]) = (lines[b], lines[a]); return string.Join('\n', lines); }
            case 5: return t[..r.Next(t.Length + 1)];
            case 6: return t.Insert(Pos(), new string((char)r.Next('a', 'z' + 1), r.Next(100, 5000)));
            case 7: return r.Next(3) switch { 0 => "", 1 => lines[0], _ => "\n\n\n" };
            case 8: { var h = lines[0].Split(','); h[r.Next(h.Length)] = "kolom" + r.Next(100); lines[0] = string.Join(',', h); return string.Join('\n', lines); }
            case 9:
            {
                // Blank out or replace one field of one data row.
                var i = r.Next(1, Math.Max(2, lines.Count));
                if (i >= lines.Count) return t;
                var f = lines[i].Split(',');
                f[r.Next(f.Length)] = r.Next(3) switch { 0 => "", 1 => new string('Ω', r.Next(150, 400)), _ => "\"" };
                lines[i] = string.Join(',', f);
                return string.Join('\n', lines);
            }
            default: return t.Replace(',', ';');
        }
    }
}
