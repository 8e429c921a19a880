using System.CommandLine;
using Verbonden.Data.BuiltIn;
using Verbonden.Data.Storage;
using Verbonden.Web;

namespace Verbonden.Cli.Commands;

public static class ServeCommands
{
    static readonly Option<string> Urls = new("--urls")
    {
        Description = "Addresses to listen on",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    public static Command Serve(CliContext ctx)
    {
        var cmd = new Command("serve", "Serve the web UI and the API.") { Urls };
        cmd.SetAction(async (parse, ct) =>
        {
            var options = new WebOptions(parse.GetValue(CliApp.Db)!, parse.GetValue(Urls)!);
            await ctx.Out.WriteLineAsync($"Verbonden on {options.Urls} ({Database.Describe(options.Db)}); Ctrl+C stops.");
            await WebApp.RunAsync(options, ct);
            return 0;
        });
        return cmd;
    }

    public static Command Demo(CliContext ctx)
    {
        var cmd = new Command("demo", "Load the built-in dataset (Overijssel 2016) when the database is empty, then serve.") { Urls };
        cmd.SetAction(async (parse, ct) =>
        {
            var db = parse.GetValue(CliApp.Db)!;
            await using (var context = Database.Open(db))
            {
                await Database.MigrateAsync(context, ct);
                var loaded = await BuiltInDataset.LoadIfEmptyAsync(context, ct);
                await ctx.Out.WriteLineAsync(loaded is { } r
                    ? $"Loaded the built-in dataset: {r.Arrangements} arrangements, {r.Organisations} organisations, {r.Participations} participations."
                    : "The database already holds data; the built-in dataset was not loaded again.");
            }
            var options = new WebOptions(db, parse.GetValue(Urls)!);
            await ctx.Out.WriteLineAsync($"Verbonden demo on {options.Urls}; Ctrl+C stops.");
            await WebApp.RunAsync(options, ct);
            return 0;
        });
        return cmd;
    }
}
