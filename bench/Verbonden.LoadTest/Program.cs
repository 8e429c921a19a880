using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Import;
using Verbonden.Data.Storage;
using Verbonden.LoadTest;
using Verbonden.Web;

// Bounded loopback measurements of the server: starts Verbonden in-process on 127.0.0.1 over a fresh SQLite database
// (the built-in dataset, or with --shared DIR the CBS list and the OpenGR register from ../shared/data), then
//  - times the import of the OpenGR file (with --shared),
//  - sends a fixed number of requests to the municipality endpoint with fixed concurrency (p50/p90/p99),
//  - with --network, loads /netwerk in Debian's Chromium and reports the time to the load event.
// It never sends traffic off this machine and stops by itself.
var options = LoadOptions.Parse(args);
if (args.Contains("--mixed")) return await Mixed.RunAsync(args);
var dir = Directory.CreateTempSubdirectory("verbonden-load-").FullName;
var db = Path.Combine(dir, "load.db");
await using (var ctx = Database.Open(db))
{
    await Database.MigrateAsync(ctx);
    if (options.Shared is { } shared)
    {
        await CbsOrganisationsImporter.ImportAsync(ctx, Path.Combine(shared, "cbs_overheidscodes_2016.csv"));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var summary = await OpenGrImporter.ImportAsync(ctx, Path.Combine(shared, "opengr_provincies.csv"));
        Console.WriteLine($"OpenGR import: {summary.Rows} rows in {started.Elapsed.TotalMilliseconds:F0} ms (one transaction, SQLite, including matching)");
    }
    else await BuiltInDataset.LoadAsync(ctx);
}
var app = WebApp.Build(new WebOptions(db, "http://127.0.0.1:0"));
await app.StartAsync();
var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
string[] codes;
await using (var ctx = Database.Open(db))
    codes = [.. ctx.Participations.Select(p => p.Organisation!).Where(o => o.Type == Verbonden.Core.Register.OrganisationType.Gemeente).Select(o => o.Code).Distinct()];

Console.WriteLine($"Target {baseUrl}/api/v1/organisaties/{{code}}/regelingen over {codes.Length} municipalities; {options.Requests} requests, concurrency {options.Concurrency}, warm-up {options.Warmup}.");
await Runner.Run(http, codes, options.Warmup, options.Concurrency); // warm-up, not measured
var result = await Runner.Run(http, codes, options.Requests, options.Concurrency);
Console.WriteLine(result);
if (options.Network) Console.WriteLine(await NetworkPage.Measure(baseUrl, runs: 5));
await app.StopAsync();
try { Directory.Delete(dir, true); } catch (IOException) { }
return result.ServerErrors == 0 ? 0 : 1;
