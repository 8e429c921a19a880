using System.CommandLine;
using System.Globalization;
using Verbonden.Core;
using Verbonden.Core.Governance;
using Verbonden.Core.Law;
using Verbonden.Core.LegalForms;
using Verbonden.Core.Register;

namespace Verbonden.Cli.Commands;

/// <summary>
/// <c>verbonden advise</c> (legal-form advisor) and <c>verbonden check governance</c> (governance validator). Both read
/// the JSON contract of the API (<see cref="AdviceContract"/>, <see cref="GovernanceContract"/>) from a file or stdin.
/// </summary>
/// <remarks>Exit codes: 0 done (and, for the check, no errors found); 1 the check found errors; 2 invalid input.</remarks>
public static class AdviseCommands
{
    const int InvalidInput = 2;
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    static Option<string> InputOption() => new("--input")
    {
        Description = "JSON file with the request; '-' reads standard input",
        Required = true,
    };

    static Option<string> FormatOption()
    {
        var option = new Option<string>("--format") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    public static Command Advise(CliContext ctx)
    {
        var input = InputOption();
        var format = FormatOption();
        var cmd = new Command("advise", "Advise on the legal form of a cooperation (keuzehulp): every form admissible or not, with reasons and scores.") { input, format };
        cmd.SetAction(async (parse, ct) =>
        {
            var json = await ReadAsync(parse.GetValue(input)!, ct);
            var request = AdviceContract.Parse(json, out var errors) ?? throw Invalid(errors);
            var result = Run(() => LegalFormAdvisor.Advise(request, ctx.Today));
            if (parse.GetValue(format) == "json") await ctx.Out.WriteLineAsync(AdviceContract.Serialize(AdviceContract.ToResponse(result, request)));
            else await WriteAdviceAsync(ctx.Out, result);
            return 0;
        });
        return cmd;
    }

    public static Command Check(CliContext ctx)
    {
        var input = InputOption();
        var format = FormatOption();
        var governance = new Command("governance", "Check the governance of a (planned) arrangement against the Wgr and the known risks; exit code 1 when errors are found.") { input, format };
        governance.SetAction(async (parse, ct) =>
        {
            var json = await ReadAsync(parse.GetValue(input)!, ct);
            var request = GovernanceContract.Parse(json, out var errors) ?? throw Invalid(errors);
            var result = GovernanceValidator.Validate(request, ctx.Today);
            if (parse.GetValue(format) == "json") await ctx.Out.WriteLineAsync(GovernanceContract.Serialize(GovernanceContract.ToResponse(result)));
            else await WriteGovernanceAsync(ctx.Out, result);
            return result.Valid ? 0 : 1;
        });
        return new Command("check", "Check an arrangement.") { governance };
    }

    static async Task<string> ReadAsync(string path, CancellationToken ct)
    {
        if (path == "-") return await Console.In.ReadToEndAsync(ct);
        try
        {
            return await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read input file '{path}': {e.Message}", InvalidInput);
        }
    }

    static CliException Invalid(IReadOnlyList<InputError> errors) =>
        new($"invalid input: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}", InvalidInput);

    static T Run<T>(Func<T> action)
    {
        try { return action(); }
        catch (DomainException e) { throw new CliException($"invalid input: {e.Field}: {e.Message}", InvalidInput); }
    }

    static async Task WriteAdviceAsync(TextWriter o, AdviceResult result)
    {
        await o.WriteLineAsync($"Advies naar het recht van {result.Date.ToString("d MMMM yyyy", Dutch)}: {result.Recommended?.Label() ?? "geen vorm voldoet"}");
        foreach (var r in result.RecommendationReasons) await o.WriteLineAsync($"  - {r.Text} ({r.Source})");
        await o.WriteLineAsync();
        await o.WriteLineAsync($"{"Vorm",-38} {"Toelaatbaar",-12} {"Voldoet",-8} Score");
        foreach (var option in result.Options)
        {
            await o.WriteLineAsync($"{option.Form.Label(),-38} {(option.Admissible ? "ja" : "nee"),-12} {(option.MeetsRequirements ? "ja" : "nee"),-8} {option.Score.ToString("0.0", Dutch)}");
            foreach (var r in option.Reasons.Where(r => r.Effect is RuleEffect.Refuses or RuleEffect.Unmet))
                await o.WriteLineAsync($"    {r.Text} ({r.Source})");
        }
    }

    static async Task WriteGovernanceAsync(TextWriter o, GovernanceResult result)
    {
        var errors = result.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = result.Findings.Count(f => f.Severity == Severity.Warning);
        await o.WriteLineAsync($"Governance-toets naar het recht van {result.Date.ToString("d MMMM yyyy", Dutch)}: {(result.Valid ? "in orde" : "niet in orde")} ({errors} fouten, {warnings} waarschuwingen)");
        foreach (var f in result.Findings)
            await o.WriteLineAsync($"{SeverityLabel(f.Severity),-12} {f.Source,-28} {f.Message}");
        if (result.Checklist.Count == 0) return;
        await o.WriteLineAsync();
        await o.WriteLineAsync("Verplichte bepalingen in de regeling:");
        foreach (var c in result.Checklist)
            await o.WriteLineAsync($"  [{StatusMark(c.Status)}] {c.Text} ({c.Article})");
    }

    static string SeverityLabel(Severity s) => s switch { Severity.Error => "fout", Severity.Warning => "waarschuwing", _ => "info" };

    static string StatusMark(ProvisionStatus s) => s switch { ProvisionStatus.Present => "x", ProvisionStatus.Missing => " ", _ => "?" };
}
