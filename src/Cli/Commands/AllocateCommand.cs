using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Verbonden.Core.Allocation;
using Verbonden.Data.Allocation;
using Verbonden.Data.Import;
using Verbonden.Data.Storage;

namespace Verbonden.Cli.Commands;

/// <summary><c>verbonden allocate</c>: divides the costs of an input file (or a saved plan) and prints the result.</summary>
public static class AllocateCommand
{
    public static Command Build(CliContext ctx)
    {
        var input = new Option<string>("--input", "-i") { Description = "Allocation input as JSON (see docs/allocation.md); '-' reads standard input" };
        var arrangement = new Option<int?>("--arrangement") { Description = "Use the plan saved for this arrangement id in the database instead of --input" };
        var year = new Option<int?>("--year") { Description = "With --arrangement: the plan's year (default: the latest)" };
        var measures = new Option<string>("--measures") { Description = "CSV with measures per participant (id column plus one column per measure) that override the input's" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv", "xlsx");
        var output = new Option<string>("--output", "-o") { Description = "Write to this file instead of standard output (required for xlsx)" };

        var cmd = new Command("allocate", "Divide costs over participants: every method, year-end settlement, scenarios, multi-year.")
        {
            input, arrangement, year, measures, format, output,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var fmt = parse.GetValue(format)!;
            var outFile = parse.GetValue(output);
            if (fmt == "xlsx" && outFile is null) throw new CliException("--format xlsx writes a binary file; give --output FILE.xlsx.");

            var request = parse.GetValue(arrangement) is { } id
                ? await FromDatabase(parse.GetValue(CliApp.Db)!, id, parse.GetValue(year), ct)
                : await FromFile(parse.GetValue(input) ?? throw new CliException("give --input FILE (or --arrangement ID)."), ct);
            if (parse.GetValue(measures) is { } csv) ApplyMeasures(request, csv);

            var (report, errors) = AllocationReport.Run(request);
            if (report is null)
                throw new CliException(errors.Count == 1 ? errors[0].Message : $"{errors.Count} problems: {string.Join("; ", errors.Select(e => e.Message))}", 2);

            if (fmt == "xlsx")
            {
                await File.WriteAllBytesAsync(outFile!, AllocationXlsx.Write(report), ct);
                await ctx.Out.WriteLineAsync($"Wrote {outFile}: {report.Result.Participants.Count} participants, {report.Result.Lines.Count} lines, total {Money.Format(report.Result.Total)}.");
                return 0;
            }
            var text = fmt == "csv" ? AllocationCsv.Write(report.Result) : AllocationJson.Write(report) + Environment.NewLine;
            if (outFile is null) await ctx.Out.WriteAsync(text);
            else await File.WriteAllTextAsync(outFile, text, ct);
            return 0;
        });
        return cmd;
    }

    static async Task<AllocationRequest> FromFile(string path, CancellationToken ct)
    {
        string json;
        try
        {
            json = path == "-" ? await Console.In.ReadToEndAsync(ct) : await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read input file '{path}': {e.Message}");
        }
        return Parse(json, path);
    }

    static AllocationRequest Parse(string json, string source)
    {
        try
        {
            return AllocationJson.Read(json);
        }
        catch (AllocationFormatException e)
        {
            throw new CliException($"{source}: {e.Message}", 2);
        }
    }

    static async Task<AllocationRequest> FromDatabase(string db, int arrangementId, int? year, CancellationToken ct)
    {
        await using var context = Database.Open(db);
        var plan = await context.AllocationPlans.AsNoTracking()
            .Where(p => p.ArrangementId == arrangementId && (year == null || p.Year == year))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Id)
            .FirstOrDefaultAsync(ct)
            ?? throw new CliException($"arrangement {arrangementId} has no saved allocation plan{(year is null ? "" : $" for {year}")}.");
        return Parse(plan.InputJson, $"plan '{plan.Name}'");
    }

    static void ApplyMeasures(AllocationRequest request, string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            AllocationCsv.Apply(request, AllocationCsv.ReadMeasures(reader, path, request.Year));
        }
        catch (ImportException e)
        {
            throw new CliException(e.Message, 2);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read measures file '{path}': {e.Message}");
        }
    }
}
