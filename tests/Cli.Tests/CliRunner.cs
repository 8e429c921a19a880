namespace Verbonden.Cli.Tests;

/// <summary>Runs the verbonden command line in-process and captures what it writes.</summary>
public static class CliRunner
{
    public sealed record Result(int Exit, string Out, string Err);

    public static Task<Result> Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input (for --password-stdin).</summary>
    public static async Task<Result> RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, stdin: new StringReader(stdin));
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }
}
