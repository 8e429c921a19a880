using System.CommandLine;
using Verbonden.Data.Import;

namespace Verbonden.Cli.Commands;

/// <summary>
/// <c>verbonden import inventory FILE</c>: imports an inventory CSV in one transaction (a bad row means nothing is written;
/// killing the process leaves the database as it was; re-running completes it). To be folded into the import command group.
/// </summary>
public static class ImportInventoryCommand
{
    public static Command Create(CliContext ctx)
    {
        var file = new Argument<FileInfo>("file") { Description = "Inventory CSV (Overijssel 2016 format)" };
        var inventory = new Command("inventory", "Import an inventory of arrangements (CSV).") { file };
        inventory.SetAction(async (parse, ct) =>
        {
            var f = parse.GetValue(file)!;
            if (!f.Exists) throw new CliException($"{f.FullName} does not exist", 2);
            await using var db = await CliApp.OpenDbAsync(parse, ct);
            await using var stream = f.OpenRead();
            await ctx.Err.WriteLineAsync($"Importing {f.Name}…");
            var summary = await InventoryImporter.ImportAsync(db, stream, f.FullName, ct: ct);
            foreach (var w in summary.Warnings.Take(20)) await ctx.Err.WriteLineAsync("warning: " + w);
            await ctx.Out.WriteLineAsync($"Imported {f.Name}: {summary.Rows} rows, {summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged.");
            return 0;
        });
        var cmd = new Command("import", "Import data files, each in one transaction.");
        cmd.Subcommands.Add(inventory);
        return cmd;
    }
}
