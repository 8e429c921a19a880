using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Storage;
using Verbonden.LoadTest;
using Verbonden.Web;

// Bounded loopback load test of the server: starts Verbonden in-process on 127.0.0.1 over a fresh SQLite database
// (built-in dataset, or the OpenGR register when --opengr DIR points at ../shared/data), then sends a fixed number
// of requests with fixed concurrency and reports latency percentiles. It never sends traffic off this machine.
var options = LoadOptions.Parse(args);
if (args.Contains("--mixed")) return await Mixed.RunAsync(args);
var dir = Directory.CreateTempSubdirectory("verbonden-load-").FullName;
var db = Path.Combine(dir, "load.db");
await using (var ctx = Database.Open(db))
{
    await Database.MigrateAsync(ctx);
    await BuiltInDataset.LoadAsync(ctx);
}
var app = WebApp.Build(new WebOptions(db, "http://127.0.0.1:0"));
await app.StartAsync();
var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
string[] codes;
await using (var ctx = Database.Open(db))
    codes = [.. ctx.Organisations.Where(o => o.Type == Verbonden.Core.Register.OrganisationType.Gemeente).Select(o => o.Code)];

Console.WriteLine($"Target {baseUrl}/api/v1/organisaties/{{code}}/regelingen over {codes.Length} municipalities; {options.Requests} requests, concurrency {options.Concurrency}, warm-up {options.Warmup}.");
await Runner.Run(http, codes, options.Warmup, options.Concurrency); // warm-up, not measured
var result = await Runner.Run(http, codes, options.Requests, options.Concurrency);
Console.WriteLine(result);
await app.StopAsync();
try { Directory.Delete(dir, true); } catch (IOException) { }
return result.ServerErrors == 0 ? 0 : 1;
