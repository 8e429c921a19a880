using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Core.Register;
using Verbonden.Data.Accounts;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Storage;
using Verbonden.Web;
using Verbonden.Web.Features.Accounts;

namespace Verbonden.LoadTest;

/// <summary>
/// <c>--mixed [--seconds 60] [--readers 4] [--writers 4] [--arrangements 8]</c>: concurrent reads and writes on loopback for a
/// fixed time (bounded: at most 600 s and 32 workers), then checks for lost updates. Exit 1 on any 5xx or lost update.
/// </summary>
public static class Mixed
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Get(string name, int fallback, int max)
        {
            var i = Array.IndexOf(args, name);
            return Math.Min(i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback, max);
        }
        var (seconds, readers, writers, count) = (Get("--seconds", 60, 600), Get("--readers", 4, 32), Get("--writers", 4, 32), Get("--arrangements", 8, 99));
        var dir = Directory.CreateTempSubdirectory("verbonden-mixed-").FullName;
        var db = Path.Combine(dir, "load.db");
        int[] ids;
        string[] codes;
        await using (var ctx = Database.Open(db))
        {
            await Database.MigrateAsync(ctx);
            await BuiltInDataset.LoadAsync(ctx);
            ids = [.. ctx.Arrangements.Where(a => a.Status == ArrangementStatus.Actief).OrderBy(a => a.Id).Select(a => a.Id).Take(count)];
            codes = [.. ctx.Organisations.Where(o => o.Type == OrganisationType.Gemeente).Select(o => o.Code)];
        }
        // The write rate limit is raised for the measurement: it exists to stop a runaway client, not to cap this test.
        var app = WebApp.Build(new WebOptions(db, "http://127.0.0.1:0") { ApiWritesPerMinute = 1_000_000 });
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<AccountAdmin>();
            await admin.AddUserAsync("loadtest", Roles.Beheerder, null, Guid.NewGuid().ToString(), default);
            token = await admin.AddTokenAsync("loadtest", "mixed", 1, default);
        }
        using var reader = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        using var writer = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        writer.DefaultRequestHeaders.Authorization = new("Bearer", token);

        Console.WriteLine($"Mixed load on {baseUrl} for {seconds} s: {readers} readers, {writers} writers on {ids.Length} arrangements (SQLite, built-in dataset).");
        var result = await MixedRunner.Run(reader, writer, ids, codes, TimeSpan.FromSeconds(seconds), readers, writers);
        Console.WriteLine(result);
        await using (var ctx = Database.Open(db))
            Console.WriteLine(await AuditTrail.VerifyAsync(ctx) is null ? $"audit chain intact ({ctx.AuditEntries.Count()} entries)" : "AUDIT CHAIN BROKEN");
        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, true); } catch (IOException) { }
        return result.ServerErrors == 0 && result.LostUpdates == 0 ? 0 : 1;
    }
}
