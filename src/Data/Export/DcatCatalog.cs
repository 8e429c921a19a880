using System.Text.Json.Nodes;

namespace Verbonden.Data.Export;

/// <summary>
/// DCAT-AP-NL 3.0 description of the register's open data (ECOSYSTEM.md §5): one dcat:Dataset per table with the
/// required properties (identifier, title, description, publisher, creator, contactPoint, theme, accessRights)
/// and one distribution per format, licensed CC0.
/// </summary>
public static class DcatCatalog
{
    const string Cc0 = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl";
    const string Public = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
    const string Theme = "http://standaarden.overheid.nl/owms/terms/Bestuur";

    /// <param name="baseUrl">The public address of this installation, e.g. https://verbonden.example.nl.</param>
    /// <param name="publisherUri">TOOI URI of the publishing organisation.</param>
    /// <param name="modified">The peildatum: the day the data was last changed or exported.</param>
    public static JsonObject Build(string baseUrl, string publisherUri, DateOnly modified)
    {
        var root = baseUrl.TrimEnd('/');
        var datasets = new JsonArray();
        foreach (var (table, description) in RegisterExport.Tables)
        {
            var distributions = new JsonArray();
            foreach (var (ext, media) in new[] { ("csv", "text/csv"), ("json", "application/json"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
                distributions.Add(new JsonObject
                {
                    ["@type"] = "dcat:Distribution",
                    ["dcat:accessURL"] = new JsonObject { ["@id"] = $"{root}/open-data/{table}.{ext}" },
                    ["dcat:downloadURL"] = new JsonObject { ["@id"] = $"{root}/open-data/{table}.{ext}" },
                    ["dcat:mediaType"] = media,
                    ["dct:format"] = ext.ToUpperInvariant(),
                    ["dct:license"] = new JsonObject { ["@id"] = Cc0 },
                    ["dct:title"] = $"{table}.{ext}",
                });
            datasets.Add(new JsonObject
            {
                ["@type"] = "dcat:Dataset",
                ["@id"] = $"{root}/open-data/{table}",
                ["dct:identifier"] = $"{root}/open-data/{table}",
                ["dct:title"] = new JsonObject { ["@language"] = "nl", ["@value"] = $"Verbonden: {table}" },
                ["dct:description"] = new JsonObject { ["@language"] = "nl", ["@value"] = description },
                ["dct:publisher"] = new JsonObject { ["@id"] = publisherUri },
                ["dct:creator"] = new JsonArray(new JsonObject { ["@id"] = publisherUri }),
                ["dcat:contactPoint"] = new JsonObject { ["@type"] = "vcard:Organization", ["vcard:fn"] = "Beheer Verbonden", ["vcard:hasEmail"] = new JsonObject { ["@id"] = "mailto:beheer@verbonden.example.nl" } },
                ["dcat:theme"] = new JsonArray(new JsonObject { ["@id"] = Theme }),
                ["dct:accessRights"] = new JsonObject { ["@id"] = Public },
                ["dct:license"] = new JsonObject { ["@id"] = Cc0 },
                ["dct:modified"] = modified.ToString("yyyy-MM-dd"),
                ["dct:language"] = new JsonObject { ["@id"] = "http://publications.europa.eu/resource/authority/language/NLD" },
                ["dcat:distribution"] = distributions,
            });
        }
        return new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#", ["dct"] = "http://purl.org/dc/terms/", ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
            },
            ["@type"] = "dcat:Catalog",
            ["@id"] = $"{root}/open-data",
            ["dct:title"] = new JsonObject { ["@language"] = "nl", ["@value"] = "Verbonden open data" },
            ["dct:description"] = new JsonObject { ["@language"] = "nl", ["@value"] = "Register van samenwerkingsverbanden van gemeenten, provincies en waterschappen." },
            ["dct:publisher"] = new JsonObject { ["@id"] = publisherUri },
            ["dct:license"] = new JsonObject { ["@id"] = Cc0 },
            ["dcat:dataset"] = datasets,
        };
    }
}
