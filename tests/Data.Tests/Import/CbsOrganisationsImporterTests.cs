using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Import;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Import;

public class CbsOrganisationsImporterTests
{
    static string CbsFile => SharedData.File("cbs_overheidscodes_2016.csv");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_TheCbsList_GivesEveryGovernmentWithItsIdentifiers(string provider)
    {
        await using var tdb = await TestDatabase.CreateAsync(provider);
        await using (var db = tdb.Open())
        {
            var summary = await CbsOrganisationsImporter.ImportAsync(db, CbsFile);
            Assert.Equal(783, summary.Rows);
            Assert.Equal(34, summary.Counts["skipped sub-municipal units"]);
        }

        await using var check = tdb.Open();
        var byType = await check.Organisations.GroupBy(o => o.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Assert.Equal(539, byType[OrganisationType.Gemeente]);   // 573 GM codes less 34 stadsdelen and deelgemeenten
        Assert.Equal(12, byType[OrganisationType.Provincie]);
        Assert.Equal(31, byType[OrganisationType.Waterschap]);
        Assert.Equal(167, byType[OrganisationType.GemeenschappelijkeRegeling]);

        var groningen = await check.Organisations.Include(o => o.Identifiers).SingleAsync(o => o.Code == "GM0014");
        Assert.Equal("Groningen (gemeente)", groningen.Name);
        Assert.Equal(
            ["Cbs GM0014", "Tooi https://identifier.overheid.nl/tooi/id/gemeente/gm0014"],
            groningen.Identifiers.Select(i => $"{i.Scheme} {i.Value}").Order());
    }

    [Fact]
    public async Task Import_TakesDatesFromTheComments_SoMergersKeepTheirHistory()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using (var db = tdb.Open()) await CbsOrganisationsImporter.ImportAsync(db, CbsFile);
        await using var check = tdb.Open();
        var orgs = await check.Organisations.Include(o => o.Identifiers).ToDictionaryAsync(o => o.Code);

        // "Ontstaan per 01-01-2011": the code and the TOOI URI apply from that day.
        var sudwest = orgs["GM1900"];
        Assert.Equal("Súdwest-Fryslân", sudwest.Name);
        Assert.Equal(new DateOnly(2011, 1, 1), sudwest.ValidFrom);
        Assert.All(sudwest.Identifiers, i => Assert.Equal(new DateOnly(2011, 1, 1), i.ValidFrom));
        Assert.Null(sudwest.IdentifierOn(IdentifierScheme.Cbs, new DateOnly(2010, 12, 31)));
        Assert.Equal("GM1900", sudwest.IdentifierOn(IdentifierScheme.Cbs, new DateOnly(2016, 1, 1)));

        // "Opgeheven per 01-01-2003 over naar: Echt-Susteren": Echt existed until the day before.
        Assert.Equal(new DateOnly(2002, 12, 31), orgs["GM0902"].ValidTo);
        Assert.False(orgs["GM0902"].IsValidOn(new DateOnly(2003, 1, 1)));
        Assert.Equal(new DateOnly(2003, 1, 1), orgs["GM1711"].ValidFrom);

        // A water board that merged in 2011, and one without comment dates; neither gets a TOOI URI (WS01 is no TOOI code).
        Assert.Equal(new DateOnly(2010, 12, 31), orgs["WS08"].ValidTo);
        Assert.DoesNotContain(orgs["WS08"].Identifiers, i => i.Scheme == IdentifierScheme.Tooi);

        // Historic municipalities of 2016 are there and valid.
        Assert.True(orgs["GM0005"].IsValidOn(new DateOnly(2016, 1, 1)));   // Bedum
        Assert.Equal("Haren", orgs["GM0017"].Name);
    }

    [Fact]
    public async Task Import_CompletesNamesCbsCutShortAndKnowsTheProvinceOfSuffixedNames()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using (var db = tdb.Open()) await CbsOrganisationsImporter.ImportAsync(db, CbsFile);
        await using var check = tdb.Open();
        var orgs = await check.Organisations.ToDictionaryAsync(o => o.Code);

        Assert.Equal("Veiligheids- en Gezondheidsregio Gelderland", orgs["GR0476"].Name);            // "…Gelde.."
        Assert.Equal("Dienst Sociale Zaken En Werkgelegenheid Noardwest Fryslan", orgs["GR0435"].Name); // "…Werkgel. Noard.."
        Assert.Equal("GR samenwerking Boxtel-Sint Michielsgestel 'De Meierij'", orgs["GR0853"].Name);    // escaped quotes
        Assert.Equal("Hoogheemraadschap Hollands Noorderkwartier", orgs["WS21"].Name);                 // "Hhs …"
        Assert.Equal("Werkvoorzieningsschap De Oude IJsselst..", orgs["GR0255"].Name);                 // no full name known
        Assert.Equal("Wûnseradiel", orgs["GM0710"].Name);                                              // "W-nseradiel"
        Assert.Equal("PV31", orgs["GM0893"].ProvinceCode);   // Bergen (L.)
        Assert.Equal("PV27", orgs["GM0373"].ProvinceCode);   // Bergen (NH.)
        Assert.Equal("PV21", orgs["PV21"].ProvinceCode);
        Assert.Null(orgs["GM0363"].ProvinceCode);            // Amsterdam: CBS gives no province
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_RunTwice_ChangesNothing(string provider)
    {
        await using var tdb = await TestDatabase.CreateAsync(provider);
        await using (var db = tdb.Open()) await CbsOrganisationsImporter.ImportAsync(db, CbsFile);
        int organisations, identifiers, audit;
        await using (var db = tdb.Open())
            (organisations, identifiers, audit) = (await db.Organisations.CountAsync(), await db.OrganisationIdentifiers.CountAsync(), await db.AuditEntries.CountAsync());

        await using (var db = tdb.Open())
        {
            var again = await CbsOrganisationsImporter.ImportAsync(db, CbsFile);
            Assert.Equal((0, 0, 749), (again.Created, again.Updated, again.Unchanged));
        }
        await using var check = tdb.Open();
        Assert.Equal(organisations, await check.Organisations.CountAsync());
        Assert.Equal(identifiers, await check.OrganisationIdentifiers.CountAsync());
        Assert.Equal(audit, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Import_UpdatesAChangedName()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        using var files = new TempFiles();
        var first = files.Write("cbs.csv", "cbsId,cbsIdCount,cbsName,cbsComment\n\"GM0001\",\"1\",\"Oudenaam\",\"\"\n");
        var second = files.Write("cbs2.csv", "cbsId,cbsIdCount,cbsName,cbsComment\n\"GM0001\",\"1\",\"Nieuwenaam\",\"\"\n");
        await using (var db = tdb.Open()) await CbsOrganisationsImporter.ImportAsync(db, first);
        await using (var db = tdb.Open())
        {
            var summary = await CbsOrganisationsImporter.ImportAsync(db, second);
            Assert.Equal(1, summary.Updated);
        }
        await using var check = tdb.Open();
        Assert.Equal("Nieuwenaam", (await check.Organisations.SingleAsync()).Name);
    }

    [Theory]
    [InlineData("", 1, null, "the file is empty")]
    [InlineData("cbsId,cbsIdCount,naam,cbsComment\nGM0001,1,Aa,\n", 1, "cbsName", "missing column 'cbsName'")]
    [InlineData("cbsId,cbsIdCount,cbsName,cbsComment\nGM0001,1,Aa,\nGM002,1,Bb,\n", 3, "cbsId", "'GM002' is not a CBS code")]
    [InlineData("cbsId,cbsIdCount,cbsName,cbsComment\nGM0001,1,Aa,\nGM0002,1,,\n", 3, "cbsName", "is empty")]
    [InlineData("cbsId,cbsIdCount,cbsName,cbsComment\nGM0001,1,Aa,\nGM0001,1,Bb,\n", 3, "cbsId", "already given on line 2")]
    [InlineData("cbsId,cbsIdCount,cbsName,cbsComment\nGM0001,1,Aa,\nGM0002,1,Bb\n", 3, null, "expected 4 fields")]
    // A quoted comment over two lines: the broken record after it is still found on its own line.
    [InlineData("cbsId,cbsIdCount,cbsName,cbsComment\nGM0001,1,Aa,\"een\ntwee\"\nGM0002,1,\"Bb\"x,\n", 4, null, "malformed quoting")]
    public async Task Import_BadFile_NamesLineAndFieldAndWritesNothing(string content, int line, string? field, string message)
    {
        await using var tdb = await TestDatabase.CreateAsync();
        using var files = new TempFiles();
        var path = files.Write("bad.csv", content);
        await using (var db = tdb.Open())
        {
            var e = await Assert.ThrowsAsync<ImportException>(() => CbsOrganisationsImporter.ImportAsync(db, path));
            Assert.Equal((line, field), (e.Line, e.Field));
            Assert.Contains(message, e.Message);
            Assert.StartsWith($"bad.csv, line {line}", e.Message);
        }
        await using var check = tdb.Open();
        Assert.Equal(0, await check.Organisations.CountAsync());
    }

    [Fact]
    public async Task Import_FileInAnotherEncoding_IsRejectedWithItsLine()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        using var files = new TempFiles();
        var path = files.PathOf("latin1.csv");
        await File.WriteAllBytesAsync(path, System.Text.Encoding.Latin1.GetBytes(
            "cbsId,cbsIdCount,cbsName,cbsComment\nGM0001,1,Aa,\nGM1900,6,S\u00fadwest-Frysl\u00e2n,\n"));
        await using var db = tdb.Open();
        var e = await Assert.ThrowsAsync<ImportException>(() => CbsOrganisationsImporter.ImportAsync(db, path));
        Assert.Equal((3, "cbsName"), (e.Line, e.Field));
        Assert.Contains("not valid UTF-8", e.Message);
        Assert.Equal(0, await db.Organisations.CountAsync());
    }
}
