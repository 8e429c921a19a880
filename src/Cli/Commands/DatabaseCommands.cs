using System.CommandLine;
using Verbonden.Data.Storage;

namespace Verbonden.Cli.Commands;

public static class DatabaseCommands
{
    public static Command Init(CliContext ctx)
    {
        var cmd = new Command("init", "Create or upgrade the database schema (applies the migrations).");
        cmd.SetAction(async (parse, ct) =>
        {
            var db = parse.GetValue(CliApp.Db)!;
            await using var context = Database.Open(db);
            await Database.MigrateAsync(context, ct);
            await ctx.Out.WriteLineAsync($"Database ready: {Database.Describe(db)}");
            return 0;
        });
        return cmd;
    }
}
