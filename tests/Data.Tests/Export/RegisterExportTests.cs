using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Export;
using Verbonden.TestSupport;

namespace Verbonden.Data.Tests.Export;

public sealed class RegisterExportTests
{
    [Fact]
    public async Task Csv_HasHeaderAndOneLinePerParticipation()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var ctx = db.Open();
        await BuiltInDataset.LoadAsync(ctx);
        var table = await RegisterExport.LoadAsync(ctx, "deelnemingen");
        var buffer = new MemoryStream();
        RegisterExport.WriteCsv(table, buffer);
        var bytes = buffer.ToArray();
        Assert.False(bytes.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,regelingId,organisatieCode,tooiUri", lines[0]);
        Assert.Equal(await ctx.Participations.CountAsync() + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains(",GM0153,https://identifier.overheid.nl/tooi/id/gemeente/gm0153,"));
    }

    [Fact]
    public async Task Json_WritesIsoDatesAndNumbers()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var ctx = db.Open();
        ctx.Arrangements.Add(new Core.Register.Arrangement { Name = "Test", DateInForce = new DateOnly(2015, 1, 1) });
        await ctx.SaveChangesAsync();
        var buffer = new MemoryStream();
        RegisterExport.WriteJson(await RegisterExport.LoadAsync(ctx, "regelingen"), buffer);
        var row = JsonDocument.Parse(buffer.ToArray()).RootElement[0];
        Assert.Equal("2015-01-01", row.GetProperty("datumInwerkingtreding").GetString());
        Assert.Equal(JsonValueKind.Number, row.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task Xlsx_OpensWithHeaderAndRows()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var ctx = db.Open();
        await BuiltInDataset.LoadAsync(ctx);
        var table = await RegisterExport.LoadAsync(ctx, "organisaties");
        var buffer = new MemoryStream();
        RegisterExport.WriteXlsx(table, buffer);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(buffer.ToArray()), false);
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("organisaties", sheet.Name!.Value);
        var rows = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(table.Rows.Count + 1, rows.Count);
        Assert.Equal("code", rows[0].Elements<Cell>().First().InnerText);
    }

    [Fact]
    public void Dcat_DatasetsCarryTheRequiredProperties()
    {
        var catalog = DcatCatalog.Build("https://verbonden.example.nl", "https://identifier.overheid.nl/tooi/id/provincie/pv23", new DateOnly(2026, 11, 22));
        var datasets = catalog["dcat:dataset"]!.AsArray();
        Assert.Equal(3, datasets.Count);
        foreach (var d in datasets)
        {
            foreach (var required in new[] { "dct:identifier", "dct:title", "dct:description", "dct:publisher", "dct:creator", "dcat:contactPoint", "dcat:theme", "dct:accessRights" })
                Assert.NotNull(d![required]);
            Assert.All(d!["dcat:distribution"]!.AsArray(), x => Assert.Contains("creativecommons.org/publicdomain/zero", x!["dct:license"]!["@id"]!.GetValue<string>()));
        }
    }
}
