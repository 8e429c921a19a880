namespace Verbonden.Cli.Tests;

/// <summary>Runs the verbonden command line in-process and captures what it writes.</summary>
public static class CliRunner
{
    public sealed record Result(int Exit, string Out, string Err);

    public static async Task<Result> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }
}
