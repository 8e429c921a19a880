using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Grip;
using Verbonden.Data.Import;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Import;

/// <summary>verbonden import finances: yearly figures per arrangement and participant (docs/finances.md), on both providers.</summary>
public sealed class FinanceImporterTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    const string Header = "regeling_id,cbs_gr_code,jaar,deelnemer,eigen_vermogen_begin,eigen_vermogen_einde,vreemd_vermogen_begin,vreemd_vermogen_einde,resultaat,risicos,ab_vergadering,ontwerpbegroting_verzonden,bijdrage,aandelen,leningen,garanties";

    static string Good(GripSeed s) => $"""
        {Header}
        {s.Ggd},,2028,,2000000.00,2100000.50,750000,700000,-12500.25,"Loonkosten, inflatie",2027-07-01,2027-04-01,,,,
        ,GR9001,2028,GM0153,,,,,,,,,1234567.89,0,0,0
        {s.Ggd},GR9001,2028,gm0164,,,,,,,,,250000.11,,,10000
        {s.Nv},,2028,GM0153,,,,,,,,,,45000.50,1000000,
        {s.Ggd},,2027,GM0153,,,,,,,,,1300000,,,

        """;

    static async Task<GripSeed> SeedAsync(TestDatabase database)
    {
        var seed = await GripSeed.CreateAsync(database);
        await using var db = database.Open();
        var ggd = await db.Arrangements.SingleAsync(a => a.Id == seed.Ggd);
        ggd.CbsGrCode = "GR9001";
        await db.SaveChangesAsync();
        return seed;
    }

    static Task<ImportSummary> Run(TestDatabase database, string csv) => Run(database.Open(), csv);

    static async Task<ImportSummary> Run(Verbonden.Data.Storage.VerbondenDbContext db, string csv)
    {
        await using (db) return await FinanceImporter.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "cijfers.csv");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GoodFile_Imports_AndReRunChangesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await SeedAsync(database);

        var first = await Run(database, Good(s));
        Assert.Equal(5, first.Rows);
        Assert.Equal(4, first.Created);
        Assert.Equal(1, first.Updated); // Enschede's 2027 contribution to the GGD was 1.234.567,89
        await using (var db = database.Open())
        {
            var y = await db.ArrangementYears.SingleAsync(x => x.ArrangementId == s.Ggd && x.Year == 2028);
            Assert.Equal((2_000_000m, 2_100_000.50m, 750_000m, 700_000m, -12_500.25m), (y.EquityStart!.Value, y.EquityEnd!.Value, y.DebtStart!.Value, y.DebtEnd!.Value, y.Result!.Value));
            Assert.Equal("Loonkosten, inflatie", y.Risks);
            Assert.Equal((new DateOnly(2027, 7, 1), new DateOnly(2027, 4, 1)), (y.AbMeetingOn!.Value, y.DraftBudgetSentOn!.Value));
            var bbv = await ReportQueries.BbvAsync(db, "GM0153", 2028);
            Assert.Equal(1_234_567.89m, bbv.Total.Contribution);
            Assert.Equal(45_000.50m, bbv.Total.Shares);
            Assert.Equal(1_000_000m, bbv.Total.Loans);
            Assert.Equal(2_100_000.50m, bbv.Groups[0].Entries.Single(e => e.ArrangementId == s.Ggd).EquityEnd);
            var hengelo = await db.ParticipantFinances.SingleAsync(f => f.ArrangementId == s.Ggd && f.OrganisationId == s.Hengelo && f.Year == 2028);
            Assert.Equal((250_000.11m, 0m, 0m, 10_000m), (hengelo.Contribution, hengelo.Shares, hengelo.Loans, hengelo.Guarantees));
            Assert.Equal(1_300_000m, (await db.ParticipantFinances.SingleAsync(f => f.ArrangementId == s.Ggd && f.OrganisationId == s.Enschede && f.Year == 2027)).Contribution);
        }
        var counts = await CountsAsync(database);

        var again = await Run(database, Good(s));
        Assert.Equal((0, 0, 5), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(counts, await CountsAsync(database));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task MissingColumns_KeepStoredValues_EmptyCellsClearThem(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await SeedAsync(database);
        await Run(database, Good(s));

        var summary = await Run(database, $"regeling_id,jaar,deelnemer,bijdrage,resultaat\n{s.Nv},2028,GM0153,99.95,\n{s.Ggd},2028,,,\n");
        Assert.Equal(2, summary.Updated);
        await using var db = database.Open();
        var nv = await db.ParticipantFinances.SingleAsync(f => f.ArrangementId == s.Nv && f.OrganisationId == s.Enschede && f.Year == 2028);
        Assert.Equal((99.95m, 45_000.50m, 1_000_000m), (nv.Contribution, nv.Shares, nv.Loans));
        var y = await db.ArrangementYears.SingleAsync(x => x.ArrangementId == s.Ggd && x.Year == 2028);
        Assert.Null(y.Result);                       // present and empty: unknown
        Assert.Equal(2_000_000m, y.EquityStart);     // column absent: kept
        Assert.Equal(new DateOnly(2027, 7, 1), y.AbMeetingOn);
    }

    public static TheoryData<string, string, int, string> BadFiles()
    {
        // {ggd} and {bvo} are replaced by the seeded ids; line 2 is always good, so "nothing written" is meaningful.
        var ok = "{ggd},,2028,GM0153,,,,,,,,,100,,,";
        string F(string bad) => $"{Header}\n{ok}\n{bad}\n";
        var cases = new (string Csv, int Line, string Field)[]
        {
            (F("{ggd},,2028,GM0164,,,,,,,,,\"1.234,56\",,,"), 3, "bijdrage"),
            (F("{ggd},,2028,GM0164,,,,,,,,,100,,-5,"), 3, "leningen"),
            (F("{ggd},,2028,GM9999,,,,,,,,,100,,,"), 3, "deelnemer"),
            (F("{bvo},,2028,GM0183,,,,,,,,,100,,,"), 3, "deelnemer"),           // Tubbergen is not in the BVO
            (F("{ggd},,2028,GM0164,5,,,,,,,,100,,,"), 3, "eigen_vermogen_begin"),
            (F("{ggd},,2028,,,,,,,,,,100,,,"), 3, "bijdrage"),                  // contribution on the arrangement's own row
            (F("{ggd},,2028,GM0153,,,,,,,,,200,,,"), 3, "deelnemer"),           // repeats line 2
            (F("{ggd},,2028,,,,,-1,,,,,,,,"), 3, "vreemd_vermogen_einde"),
            (F("{ggd},,2028,,,,,,,,01-07-2027,,,,,"), 3, "ab_vergadering"),
            (F("{ggd},,2028,,,,,,,,2027-07-01,2027-07-02,,,,"), 3, "ontwerpbegroting_verzonden"),
            (F("{ggd},,28,,,,,,,,,,,,,"), 3, "jaar"),
            (F("987654,,2028,,,,,,,,,,,,,"), 3, "regeling_id"),
            (F("{ggd},GR0001,2028,,,,,,,,,,,,,"), 3, "cbs_gr_code"),
            (F("{ggd},,2028,GM0164,,,,,,,,,,,,"), 3, "bijdrage"),               // a participant row without amounts
            ("regeling_id,jaar,deelnemer,bijdrage,eigen_vermogen\n{ggd},2028,GM0153,1,\n", 1, "eigen_vermogen"),
            ("regeling_id,deelnemer,bijdrage\n{ggd},GM0153,1\n", 1, "jaar"),
            ("jaar,deelnemer,bijdrage\n2028,GM0153,1\n", 1, "regeling_id"),
        };
        var data = new TheoryData<string, string, int, string>();
        foreach (var provider in TestDatabase.Providers())
            foreach (var (csv, line, field) in cases) data.Add(provider, csv, line, field);
        return data;
    }

    [Theory, MemberData(nameof(BadFiles))]
    public async Task BadFile_NamesLineAndField_AndWritesNothing(string provider, string csv, int line, string field)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await SeedAsync(database);
        var before = await CountsAsync(database);
        var e = await Assert.ThrowsAsync<ImportException>(() => Run(database, csv.Replace("{ggd}", s.Ggd.ToString()).Replace("{bvo}", s.Bvo.ToString())));
        Assert.Equal((line, field), (e.Line, e.Field));
        Assert.StartsWith($"cijfers.csv, line {line}, field '{field}': ", e.Message);
        Assert.Equal(before, await CountsAsync(database));
        await using var db = database.Open();
        Assert.Equal(1_234_567.89m, (await db.ParticipantFinances.SingleAsync(f => f.ArrangementId == s.Ggd && f.OrganisationId == s.Enschede)).Contribution);
    }

    static async Task<(int Years, int Finances, decimal Total)> CountsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var money = await db.ParticipantFinances.Select(f => f.Contribution + f.Shares + f.Loans + f.Guarantees).ToListAsync();
        return (await db.ArrangementYears.CountAsync(), money.Count, money.Sum());
    }
}
