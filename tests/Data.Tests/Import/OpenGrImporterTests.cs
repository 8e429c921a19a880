using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Matching;
using Verbonden.Core.Register;
using Verbonden.Data.Import;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Import;

/// <summary>The whole OpenGR file through both providers: counts, idempotency and what nothing may break.</summary>
public class OpenGrImporterTests
{
    static async Task<TestDatabase> ImportedAsync(string provider)
    {
        var tdb = await TestDatabase.CreateAsync(provider);
        await using (var db = tdb.Open()) await CbsOrganisationsImporter.ImportAsync(db, OpenGrImportFixture.CbsFile);
        await using (var db = tdb.Open()) await OpenGrImporter.ImportAsync(db, OpenGrImportFixture.OpenGrFile);
        return tdb;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_GivesEveryArrangementAndOneParticipationPerOrganisationPerArrangement(string provider)
    {
        await using var tdb = await ImportedAsync(provider);
        await using var db = tdb.Open();

        var rows = OpenGrImportFixture.FileRows();
        Assert.Equal(3752, rows.Count);
        Assert.Equal(464, rows.Select(r => r.Arrangement).Distinct().Count());
        Assert.Equal(3742, rows.Select(r => (r.Participant, r.Arrangement)).Distinct().Count());

        Assert.Equal(464, await db.Arrangements.CountAsync(a => a.Source == OpenGrImporter.Source));
        // The 3,742 distinct (name, arrangement) pairs as written name 3,741 distinct (organisation, arrangement) pairs:
        // "Gemeenschappelijk Orgaan regionale samenwerking Arnhem-Nijmegen" lists both "Mook en Middelaar" and
        // "Middelaar". The cells naming two municipalities ("Zevenaar Beuningen", "Grave en Mill", "Waal en Wijchen")
        // each add one municipality that was not listed yet and one that was.
        Assert.Equal(3741, await db.Participations.CountAsync());
        var pairs = await db.Participations.Select(p => new { p.ArrangementId, p.OrganisationId }).ToListAsync();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());

        var arnhemNijmegen = await ParticipantCodesAsync(db, "Gemeenschappelijk Orgaan regionale samenwerking Arnhem-Nijmegen");
        Assert.Equal(21, arnhemNijmegen.Count);
        Assert.Contains("GM0944", arnhemNijmegen);   // Mook en Middelaar, once
        Assert.Contains("GM0299", arnhemNijmegen);   // Zevenaar, from "Zevenaar Beuningen"
        Assert.Equal(["GM0786", "GM0815", "GM1684"], (await ParticipantCodesAsync(db, "Werkorganisatie Cuijk, Grave, Mill en Sint Hubert (CGM)")).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_RunTwice_ChangesNothing(string provider)
    {
        await using var tdb = await ImportedAsync(provider);
        (int, int, int, int) Snapshot(Verbonden.Data.Storage.VerbondenDbContext db) =>
            (db.Arrangements.Count(), db.Participations.Count(), db.Organisations.Count(), db.AuditEntries.Count());
        (int, int, int, int) before;
        await using (var db = tdb.Open()) before = Snapshot(db);

        await using (var db = tdb.Open())
        {
            var again = await OpenGrImporter.ImportAsync(db, OpenGrImportFixture.OpenGrFile);
            Assert.Equal((0, 0, 464), (again.Created, again.Updated, again.Unchanged));
            Assert.Equal(0, again.Counts["participations created"]);
        }
        await using (var db = tdb.Open()) Assert.Equal(before, Snapshot(db));
    }

    [Fact]
    public async Task Import_BeforeTheCbsList_IsRefused()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var e = await Assert.ThrowsAsync<ImportPreconditionException>(() => OpenGrImporter.ImportAsync(db, OpenGrImportFixture.OpenGrFile));
        Assert.Contains("import organisations", e.Message);
        Assert.Equal(0, await db.Arrangements.CountAsync());
    }

    const string Header = "Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie\n";

    [Theory]
    [InlineData("Deelnemer,Regeling,Postcode,Plaats,Provincie\nBedum,ARCG,9700 AS,Groningen,Provincie Groningen\n", 1, "Gemeenschappelijke regeling", "missing column")]
    [InlineData(Header + "Bedum,ARCG,9700 AS,Groningen,Provincie Groningen\n,ARCG,9700 AS,Groningen,Provincie Groningen\n", 3, "Deelnemer", "is empty")]
    [InlineData(Header + "Bedum,ARCG,9700 AS,Groningen,Provincie Groningen\nHaren,ARCG,9700 AS,Groningen\n", 3, null, "expected 5 fields")]
    [InlineData(Header + "Bedum,ARCG,9700 AS,Groningen,Provincie Groningen\nHaren,ARCG,9700 AS,Groningen,Provincie Holland\n", 3, "Provincie", "is not a Dutch province")]
    [InlineData(Header + "Bedum,ARCG,9700 AS,Groningen,Provincie Groningen\nHaren,ARCG,9700 AS 1234,Groningen,Provincie Groningen\n", 3, "Postcode", "is not a postcode")]
    public async Task Import_BadFile_NamesLineAndFieldAndWritesNothing(string content, int line, string? field, string message)
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using (var db = tdb.Open()) await CbsOrganisationsImporter.ImportAsync(db, OpenGrImportFixture.CbsFile);
        using var files = new TempFiles();
        var path = files.Write("opengr.csv", content);
        var report = files.PathOf("report.csv");
        await using (var db = tdb.Open())
        {
            var e = await Assert.ThrowsAsync<ImportException>(() => OpenGrImporter.ImportAsync(db, path, report));
            Assert.Equal((line, field), (e.Line, e.Field));
            Assert.Contains(message, e.Message);
        }
        await using var check = tdb.Open();
        Assert.Equal(0, await check.Arrangements.CountAsync());
        Assert.Equal(0, await check.Organisations.CountAsync(o => o.Code.StartsWith(VerbondenCodes.Prefix)));
        Assert.False(File.Exists(report));
    }

    [Fact]
    public async Task Import_ReportThatCannotBeWritten_UndoesTheImport()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using (var db = tdb.Open()) await CbsOrganisationsImporter.ImportAsync(db, OpenGrImportFixture.CbsFile);
        using var files = new TempFiles();
        var path = files.Write("opengr.csv", Header + "Bedum,ARCG,9700 AS,Groningen,Provincie Groningen\n");
        Directory.CreateDirectory(files.PathOf("report.csv.tmp"));   // the temporary report cannot be created
        await using (var db = tdb.Open())
            await Assert.ThrowsAnyAsync<SystemException>(() => OpenGrImporter.ImportAsync(db, path, files.PathOf("report.csv")));
        await using var check = tdb.Open();
        Assert.Equal(0, await check.Arrangements.CountAsync());
        Assert.False(File.Exists(files.PathOf("report.csv")));
    }

    [Fact]
    public async Task Import_DissolvedArrangements_GetTheirStatusOnlyWhenTheDateIsKnown()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using (var db = tdb.Open()) await CbsOrganisationsImporter.ImportAsync(db, OpenGrImportFixture.CbsFile);
        using var files = new TempFiles();
        var path = files.Write("opengr.csv", Header +
            "Haren,Samenwerkingsverband Zuidlaardermeergemeenten (opgeheven per 25 januari 2016),9470 AA,Zuidlaren,Provincie Drenthe\n" +
            "Almelo,WOT (TOP-Craft) (in 2016 opgeheven),7570 AH,Oldenzaal,Provincie Overrijssel\n");
        await using (var db = tdb.Open())
        {
            var summary = await OpenGrImporter.ImportAsync(db, path);
            Assert.Contains(summary.Warnings, w => w.Contains("WOT (TOP-Craft)") && w.Contains("without a date"));
        }
        await using var check = tdb.Open();
        var ended = await check.Arrangements.SingleAsync(a => a.Name == "Samenwerkingsverband Zuidlaardermeergemeenten");
        Assert.Equal((ArrangementStatus.Opgeheven, new DateOnly(2016, 1, 25)), (ended.Status, ended.DateEnded));
        Assert.Equal("PV22", ended.ProvinceCode);
        var undated = await check.Arrangements.SingleAsync(a => a.Name == "WOT (TOP-Craft) (in 2016 opgeheven)");
        Assert.Equal((ArrangementStatus.Actief, (DateOnly?)null), (undated.Status, undated.DateEnded));
        Assert.Contains("in 2016 opgeheven", undated.Notes);
        Assert.Equal("PV23", undated.ProvinceCode);   // "Overrijssel" as written
    }

    static async Task<List<string>> ParticipantCodesAsync(Verbonden.Data.Storage.VerbondenDbContext db, string arrangement) =>
        await db.Participations.Where(p => db.Arrangements.Any(a => a.Id == p.ArrangementId && a.Name == arrangement))
            .Select(p => p.Organisation!.Code).ToListAsync();
}
