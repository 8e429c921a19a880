using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Register;
using Verbonden.Data.Import;
using Verbonden.Data.Storage;

namespace Verbonden.Data.BuiltIn;

/// <summary>
/// The dataset shipped inside the product: the Overijssel 2016 inventory of seed 003 (appendices A and B) and the
/// organisations it names, embedded as resources so that <c>verbonden demo</c> works without ../shared.
/// </summary>
public static class BuiltInDataset
{
    public sealed record Loaded(int Arrangements, int Organisations, int Participations);

    public static async Task<Loaded?> LoadIfEmptyAsync(VerbondenDbContext db, CancellationToken ct = default)
    {
        if (await db.Arrangements.AnyAsync(ct)) return null;
        return await LoadAsync(db, ct);
    }

    public static async Task<Loaded> LoadAsync(VerbondenDbContext db, CancellationToken ct = default)
    {
        await LoadOrganisationsAsync(db, ct);
        await using (var inventory = Open("overijssel2016-inventaris.csv"))
            await InventoryImporter.ImportAsync(db, inventory, "overijssel2016-inventaris.csv", ct: ct);
        return new Loaded(await db.Arrangements.CountAsync(ct), await db.Organisations.CountAsync(ct), await db.Participations.CountAsync(ct));
    }

    /// <summary>Adds the built-in organisations (code, name, type, province) that are not in the database yet.</summary>
    static async Task LoadOrganisationsAsync(VerbondenDbContext db, CancellationToken ct)
    {
        await using var stream = Open("organisaties.csv");
        var known = (await db.Organisations.Select(o => o.Code).ToListAsync(ct)).ToHashSet();
        foreach (var row in CsvSource.Read(stream, "organisaties.csv", ["code", "name", "type"]).Records)
        {
            var code = row.Required("code", 40);
            if (!known.Add(code)) continue;
            var org = new Organisation
            {
                Code = code, Name = row.Required("name", 200), ProvinceCode = row.Get("province_code"),
                Type = Enum.Parse<OrganisationType>(row.Required("type", 40)),
            };
            org.Identifiers.Add(new OrganisationIdentifier { Scheme = IdentifierScheme.Cbs, Value = code });
            if (Organisation.TooiUri(code) is { } tooi) org.Identifiers.Add(new OrganisationIdentifier { Scheme = IdentifierScheme.Tooi, Value = tooi });
            db.Organisations.Add(org);
        }
        await db.SaveChangesAsync(ct);
    }

    internal static Stream Open(string name) =>
        typeof(BuiltInDataset).Assembly.GetManifestResourceStream($"Verbonden.Data.BuiltIn.{name}")
        ?? throw new InvalidOperationException($"Built-in resource {name} is missing from the build.");
}
