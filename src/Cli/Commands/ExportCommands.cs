using System.CommandLine;
using Verbonden.Data.Export;

namespace Verbonden.Cli.Commands;

public static class ExportCommands
{
    public static Command Export(CliContext ctx)
    {
        var table = new Argument<string>("table") { Description = "arrangements, participations or organisations" };
        var format = new Option<string>("--format") { Description = "csv, json or xlsx", DefaultValueFactory = _ => "csv" };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var cmd = new Command("export", "Export a register table as CSV (UTF-8, ISO dates), JSON or XLSX.") { table, format, output };
        cmd.SetAction(async (parse, ct) =>
        {
            var name = RegisterExport.TableName(parse.GetValue(table)!)
                ?? throw new CliException($"unknown table '{parse.GetValue(table)}'; use arrangements, participations or organisations", 2);
            var fmt = parse.GetValue(format)!.ToLowerInvariant();
            if (fmt is not ("csv" or "json" or "xlsx")) throw new CliException($"unknown format '{fmt}'; use csv, json or xlsx", 2);
            var file = parse.GetValue(output);
            if (fmt == "xlsx" && file is null && !Console.IsOutputRedirected && ReferenceEquals(ctx.Out, Console.Out))
                throw new CliException("xlsx is binary: write it to a file with --out FILE", 2);
            await using var db = await CliApp.OpenDbAsync(parse, ct);
            var data = await RegisterExport.LoadAsync(db, name, ct);
            var buffer = new MemoryStream();
            Write(data, fmt, buffer);
            if (file is not null)
            {
                // Write to a temporary file first so a failed export never leaves half a file behind.
                var tmp = file.FullName + ".tmp";
                await File.WriteAllBytesAsync(tmp, buffer.ToArray(), ct);
                File.Move(tmp, file.FullName, overwrite: true);
                await ctx.Err.WriteLineAsync($"Wrote {data.Rows.Count} rows of {name} to {file.FullName}");
            }
            else if (ReferenceEquals(ctx.Out, Console.Out))
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(buffer.ToArray(), ct);
            }
            else await ctx.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return 0;
        });
        return cmd;
    }

    static void Write(ExportTable data, string format, Stream output)
    {
        switch (format)
        {
            case "csv": RegisterExport.WriteCsv(data, output); break;
            case "json": RegisterExport.WriteJson(data, output); break;
            default: RegisterExport.WriteXlsx(data, output); break;
        }
    }
}
