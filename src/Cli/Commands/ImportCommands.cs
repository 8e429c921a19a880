using System.CommandLine;
using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Verbonden.Data.Import;
using Verbonden.Data.Storage;

namespace Verbonden.Cli.Commands;

/// <summary>
/// <c>verbonden import organisations|opengr|inventory|finances FILE</c>: reads a file into the register in one transaction,
/// shows progress on a terminal and prints a summary (<c>--format json</c> for machines).
/// Bad input ends with one line on stderr and exit code 2; nothing is written then.
/// </summary>
public static class ImportCommands
{
    public const int BadInput = 2;
    public const int DatabaseFailure = 1;

    public static readonly Option<string> Format = new("--format")
    {
        Description = "Summary format: text or json",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    static ImportCommands() => Format.AcceptOnlyFromAmong("text", "json");

    /// <summary>The <c>import</c> command with one subcommand per file format.</summary>
    public static Command Import(CliContext ctx)
    {
        var cmd = new Command("import", "Import a file into the register.") { Format };
        cmd.Subcommands.Add(Organisations(ctx));
        cmd.Subcommands.Add(OpenGr(ctx));
        cmd.Subcommands.Add(Inventory(ctx));
        cmd.Subcommands.Add(Finances(ctx));
        return cmd;
    }

    public static Command Inventory(CliContext ctx)
    {
        var file = FileArgument("An inventory in the Overijssel 2016 format (columns id, name, legal_form_as_written, status, participants, ...).");
        var cmd = new Command("inventory", "Import a regional inventory (overzichtskaart) in the Overijssel 2016 format; participants are matched to known organisations.") { file };
        cmd.SetAction((parse, ct) => RunAsync(ctx, parse, parse.GetValue(file)!, async (db, path, progress, token) =>
        {
            await using var stream = File.OpenRead(path);
            return await InventoryImporter.ImportAsync(db, stream, path, progress, token);
        }, ct));
        return cmd;
    }

    public static Command Finances(CliContext ctx)
    {
        var file = FileArgument("Yearly figures per arrangement or participant (columns regeling_id or cbs_gr_code, jaar, deelnemer, bijdrage, ...; see docs/finances.md).");
        var cmd = new Command("finances", "Import the yearly figures of arrangements and participants for the BBV paragraph.") { file };
        cmd.SetAction((parse, ct) => RunAsync(ctx, parse, parse.GetValue(file)!,
            (db, path, progress, token) => FinanceImporter.ImportAsync(db, path, progress, token), ct));
        return cmd;
    }

    public static Command Organisations(CliContext ctx)
    {
        var file = FileArgument("The CBS code list (columns cbsId, cbsIdCount, cbsName, cbsComment).");
        var cmd = new Command("organisations", "Import municipalities, provinces, water boards and GRs from the CBS code list.") { file };
        cmd.SetAction((parse, ct) => RunAsync(ctx, parse, parse.GetValue(file)!,
            (db, path, progress, token) => CbsOrganisationsImporter.ImportAsync(db, path, progress, token), ct));
        return cmd;
    }

    public static Command OpenGr(CliContext ctx)
    {
        var file = FileArgument("The OpenGR file (columns Deelnemer, Gemeenschappelijke regeling, Postcode, Plaats, Provincie).");
        var report = new Option<string>("--report") { Description = "Write the matching report (CSV, one row per participant name) to this file." };
        var cmd = new Command("opengr", "Import arrangements and participants from the OpenGR register of 2016; needs the CBS organisations first.") { file, report };
        cmd.SetAction((parse, ct) => RunAsync(ctx, parse, parse.GetValue(file)!,
            (db, path, progress, token) => OpenGrImporter.ImportAsync(db, path, parse.GetValue(report), progress, token), ct));
        return cmd;
    }

    public static Argument<string> FileArgument(string description) => new("FILE") { Description = description };

    public delegate Task<ImportSummary> Importer(VerbondenDbContext db, string file, IProgress<ImportProgress>? progress, CancellationToken ct);

    /// <summary>Opens (and migrates) the database, runs <paramref name="import"/> with progress on a terminal, prints the summary.</summary>
    public static async Task<int> RunAsync(CliContext ctx, ParseResult parse, string file, Importer import, CancellationToken ct)
    {
        if (!File.Exists(file)) return await FailAsync(ctx, $"file not found: {file}", BadInput);
        try
        {
            var db = parse.GetValue(CliApp.Db)!;
            await using var context = Database.Open(db, new AuditActor("cli:" + Environment.UserName));
            await Database.MigrateAsync(context, ct);
            var summary = ctx.Interactive
                ? await WithProgressAsync(progress => import(context, file, progress, ct))
                : await import(context, file, null, ct);
            await ctx.Out.WriteAsync(parse.GetValue(Format) == "json" ? Json(summary) : Text(summary));
            return 0;
        }
        catch (ImportException e) { return await FailAsync(ctx, e.Message, BadInput); }
        catch (ImportPreconditionException e) { return await FailAsync(ctx, e.Message, BadInput); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return await FailAsync(ctx, e.Message, BadInput); }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            return await FailAsync(ctx, $"database: {(e.InnerException ?? e).Message.ReplaceLineEndings(" ")}", DatabaseFailure);
        }
    }

    static async Task<int> FailAsync(CliContext ctx, string message, int code)
    {
        await ctx.Err.WriteLineAsync($"error: {message.ReplaceLineEndings(" ")}");
        return code;
    }

    static async Task<ImportSummary> WithProgressAsync(Func<IProgress<ImportProgress>, Task<ImportSummary>> run)
    {
        ImportSummary? summary = null;
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async p =>
        {
            var task = p.AddTask("reading");
            summary = await run(new Reporter(r =>
            {
                task.Description = r.Stage;
                task.MaxValue = Math.Max(1, r.Total);
                task.Value = r.Done;
            }));
        });
        return summary!;
    }

    /// <summary>Reports on the importer's own thread, so the bar never lags behind (<see cref="Progress{T}"/> would post elsewhere).</summary>
    sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static string Json(ImportSummary s) => JsonSerializer.Serialize(s, JsonOptions) + Environment.NewLine;

    static string Text(ImportSummary s)
    {
        var lines = new List<string>
        {
            $"Imported {Path.GetFileName(s.File)} ({s.Importer}): {s.Rows} rows; {s.Created} created, {s.Updated} updated, {s.Unchanged} unchanged.",
        };
        lines.AddRange(s.Counts.Select(c => $"  {c.Key}: {c.Value}"));
        if (s.Warnings.Count > 0)
        {
            lines.Add($"{s.Warnings.Count} warning(s):");
            lines.AddRange(s.Warnings.Select(w => $"  - {w}"));
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
