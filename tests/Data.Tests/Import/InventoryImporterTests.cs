using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Import;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Import;

public sealed class InventoryImporterTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task BuiltInDataset_LoadsTheOverijsselInventory(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var ctx = db.Open();
        var loaded = await BuiltInDataset.LoadIfEmptyAsync(ctx);
        // 108 rows; nine arrangements appear in both regional overviews (Euregio, Wadinko, Rova, Cogas, Enexis, Vitens, Dataland, BNG, Dimpact).
        Assert.Equal(99, loaded!.Arrangements);
        Assert.Null(await BuiltInDataset.LoadIfEmptyAsync(ctx));

        var boh = await ctx.Arrangements.Include(a => a.Participations).ThenInclude(p => p.Organisation).SingleAsync(a => a.Name.StartsWith("Bestuursdienst Ommen-Hardenberg"));
        Assert.Equal(LegalForm.OpenbaarLichaam, boh.LegalForm);
        Assert.Equal(["GM0160", "GM0175"], boh.Participations.Select(p => p.Organisation!.Code).Order());
        var euregio = await ctx.Arrangements.SingleAsync(a => a.Name == "Euregio");
        Assert.Equal(["Twente", "West-Overijssel"], euregio.RegionNames.Order());
        var noaberkracht = await ctx.Arrangements.SingleAsync(a => a.Name.Contains("Noaberkracht"));
        Assert.Equal(LegalForm.Bedrijfsvoeringsorganisatie, noaberkracht.LegalForm);
        var intentions = await ctx.Arrangements.CountAsync(a => a.Status == ArrangementStatus.Intentie);
        Assert.True(intentions > 0);
    }

    [Fact]
    public async Task SharedInventory_ImportsAndReRunChangesNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        await using var ctx2 = db.Open();
        var participations = await ctx2.Participations.CountAsync();
        var audit = await ctx2.AuditEntries.CountAsync();
        await using var file = File.OpenRead(SharedData.File("overijssel2016_inventory.csv"));
        var summary = await InventoryImporter.ImportAsync(ctx2, file, "overijssel2016_inventory.csv");
        Assert.Equal(108, summary.Rows);
        Assert.Equal(0, summary.Created);
        Assert.Equal(0, summary.Updated);
        Assert.Equal(participations, await ctx2.Participations.CountAsync());
        Assert.Equal(audit, await ctx2.AuditEntries.CountAsync());
    }

    [Theory]
    [InlineData("id,name\n1,X\n", 1, "legal_form_as_written")]
    [InlineData("id,name,legal_form_as_written,status,participants\n1,,WGR OL,listed,\n", 2, "name")]
    [InlineData("id,name,legal_form_as_written,status,participants\n1,A,WGR OL,listed,\n2,B,WGR OL,listed,,x,y,z\n", 3, null)]
    public async Task BadFile_NamesTheLineAndWritesNothing(string csv, int line, string? field)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var ctx = db.Open();
        var e = await Assert.ThrowsAsync<ImportException>(() => InventoryImporter.ImportAsync(ctx, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "bad.csv"));
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains("bad.csv", e.Message);
        await using var check = db.Open();
        Assert.Equal(0, await check.Arrangements.CountAsync());
    }

    [Theory]
    [InlineData("WGR+OL", "Wgr gemeenschappelijk openbaar lichaam", LegalForm.OpenbaarLichaam)]
    [InlineData("WGR cg", "Wgr centrumgemeenteregeling", LegalForm.Centrumgemeente)]
    [InlineData("WGR - BVO", "Wgr bedrijfsvoeringsorganisatie", LegalForm.Bedrijfsvoeringsorganisatie)]
    [InlineData("Ovk", "overeenkomst (agreement/convenant; public-law character assumed, no legal person)", LegalForm.Overeenkomst)]
    [InlineData("Coop. Ver.", "coöperatieve vereniging", LegalForm.Cooperatie)]
    [InlineData("Ver.", "vereniging (association)", LegalForm.Vereniging)]
    [InlineData("B.V.", "besloten vennootschap owned by OLCT", LegalForm.Bv)]
    [InlineData("NV", "naamloze vennootschap (public limited company)", LegalForm.Nv)]
    [InlineData("Land.", "'Land.' (meaning not explained in document; possibly landscape/national-park arrangement)", LegalForm.Onbekend)]
    public void LegalForm_AsWrittenIsInterpreted(string asWritten, string interpreted, LegalForm expected) =>
        Assert.Equal(expected, InventoryImporter.LegalFormOf(asWritten, interpreted));
}
