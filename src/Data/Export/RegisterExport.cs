using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Storage;

namespace Verbonden.Data.Export;

/// <summary>A table of the register as exported: column names (Dutch, camelCase as in the API) and typed values.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// The register as normalised tables (regelingen, deelnemingen, organisaties) for reuse: CSV in UTF-8 with ISO dates,
/// JSON, and XLSX. Values are strings, numbers or <see cref="DateOnly"/>s.
/// </summary>
public static class RegisterExport
{
    public static readonly IReadOnlyDictionary<string, string> Tables = new Dictionary<string, string>
    {
        ["regelingen"] = "Regelingen: naam, vorm, status, vestiging, identificatie en datums.",
        ["deelnemingen"] = "Deelnemingen: welke organisatie neemt deel aan welke regeling, met rol, stemmen en periode.",
        ["organisaties"] = "Organisaties: gemeenten, provincies, waterschappen en andere deelnemers met CBS-code en TOOI-URI.",
    };

    /// <summary>Maps the CLI names (arrangements, participations, organisations) to the table names.</summary>
    public static string? TableName(string name) => name.ToLowerInvariant() switch
    {
        "arrangements" or "regelingen" => "regelingen",
        "participations" or "deelnemingen" => "deelnemingen",
        "organisations" or "organizations" or "organisaties" => "organisaties",
        _ => null,
    };

    public static async Task<ExportTable> LoadAsync(VerbondenDbContext db, string table, CancellationToken ct = default) => table switch
    {
        "regelingen" => new ExportTable(table,
            ["id", "naam", "citeertitel", "samenwerkingsvorm", "bbvCategorie", "soortRegeling", "status", "vestigingsplaats", "postcode", "provincie", "regio",
             "beleidsterrein", "doel", "datumInwerkingtreding", "datumOpheffing", "cbsGrCode", "kvkNummer", "rsin", "oin", "bron"],
            (await db.Arrangements.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct)).Select(a => new object?[]
            {
                a.Id, a.Name, a.CitationTitle, a.LegalForm.Id(), a.BbvCategory.ToString(), a.RegelingType.ToString().ToLowerInvariant(), a.Status.ToString().ToLowerInvariant(),
                a.Seat, a.Postcode, a.ProvinceCode, a.Region, a.PolicyDomain, a.Purpose, a.DateInForce, a.DateEnded, a.CbsGrCode, a.KvkNumber, a.Rsin, a.Oin, a.Source,
            }).ToList()),
        "deelnemingen" => new ExportTable(table,
            ["id", "regelingId", "organisatieCode", "tooiUri", "organisatieNaam", "rol", "stemmen", "geldigVanaf", "geldigTot", "naamInBron"],
            (await db.Participations.AsNoTracking().Include(p => p.Organisation).OrderBy(p => p.ArrangementId).ThenBy(p => p.Id).ToListAsync(ct)).Select(p => new object?[]
            {
                p.Id, p.ArrangementId, p.Organisation!.Code, Organisation.TooiUri(p.Organisation.Code), p.Organisation.Name, p.Role.ToString().ToLowerInvariant(),
                p.Votes, p.JoinedOn, p.LeftOn, p.SourceName,
            }).ToList()),
        "organisaties" => new ExportTable(table,
            ["code", "naam", "soort", "provincie", "tooiUri", "geldigVanaf", "geldigTot"],
            (await db.Organisations.AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct)).Select(o => new object?[]
            {
                o.Code, o.Name, o.Type.ToString().ToLowerInvariant(), o.ProvinceCode, Organisation.TooiUri(o.Code), o.ValidFrom, o.ValidTo,
            }).ToList()),
        _ => throw new ArgumentException($"Unknown table '{table}'; known: {string.Join(", ", Tables.Keys)}.", nameof(table)),
    };

    /// <summary>CSV: UTF-8 without BOM, comma-separated, header row, ISO 8601 dates, invariant numbers.</summary>
    public static void WriteCsv(ExportTable t, Stream output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        csv.WriteRecord(t.Columns.ToArray());
        foreach (var row in t.Rows) csv.WriteRecord(row.Select(Text).ToArray());
        csv.Flush();
    }

    /// <summary>XLSX: one sheet named after the table, header row, numbers as numbers and dates as dates.</summary>
    public static void WriteXlsx(ExportTable t, Stream output) =>
        XlsxWriter.Write(output, [new XlsxSheet(t.Name, t.Columns, t.Rows)]);

    /// <summary>JSON: an array of objects with the column names as properties; dates as "yyyy-MM-dd".</summary>
    public static void WriteJson(ExportTable t, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartArray();
        foreach (var row in t.Rows)
        {
            w.WriteStartObject();
            for (var i = 0; i < t.Columns.Count; i++)
            {
                w.WritePropertyName(t.Columns[i]);
                switch (row[i])
                {
                    case null: w.WriteNullValue(); break;
                    case int n: w.WriteNumberValue(n); break;
                    case decimal d: w.WriteNumberValue(d); break;
                    default: w.WriteStringValue(Text(row[i])); break;
                }
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static string Text(object? v) => v switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}
