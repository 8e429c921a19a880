using System.CommandLine;
using Verbonden.Cli.Commands;
using Verbonden.Data.Import;
using Verbonden.Data.Storage;

namespace Verbonden.Cli;

/// <summary>The <c>verbonden</c> command line. Commands write to the given writers so tests can run them in-process.</summary>
public static class CliApp
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "SQLite file path or PostgreSQL connection string (default: $VERBONDEN_DB or verbonden.db)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VERBONDEN_DB") is { Length: > 0 } v ? v : "verbonden.db",
    };

    /// <summary>Opens the database named by --db and brings its schema up to date.</summary>
    public static async Task<VerbondenDbContext> OpenDbAsync(ParseResult parse, CancellationToken ct)
    {
        var db = Database.Open(parse.GetValue(Db)!, new AuditActor("cli:" + Environment.UserName));
        await Database.MigrateAsync(db, ct);
        return db;
    }

    public static RootCommand Build(CliContext ctx)
    {
        var stdin = ctx.In ?? Console.In;
        var root = new RootCommand("Verbonden: register, design, cost allocation and steering of intermunicipal cooperation.");
        root.Options.Add(Db);
        root.Subcommands.Add(DatabaseCommands.Init(ctx));
        root.Subcommands.Add(ServeCommands.Serve(ctx));
        root.Subcommands.Add(ServeCommands.Demo(ctx));
        root.Subcommands.Add(ExportCommands.Export(ctx));
        root.Subcommands.Add(CalendarCommand.Create(ctx));
        root.Subcommands.Add(ImportCommands.Import(ctx));
        root.Subcommands.Add(AllocateCommand.Build(ctx));
        root.Subcommands.Add(AdviseCommands.Advise(ctx));
        root.Subcommands.Add(AdviseCommands.Check(ctx));
        root.Subcommands.Add(UserCommands.Users(ctx, stdin));
        root.Subcommands.Add(AuditCommands.Audit(ctx));
        root.Subcommands.Add(BackupCommands.Backup(ctx));
        root.Subcommands.Add(BackupCommands.Restore(ctx));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default, TimeProvider? clock = null, TextReader? stdin = null)
    {
        var ctx = new CliContext(stdout, stderr) { Clock = clock ?? TimeProvider.System, In = stdin };
        var parse = Build(ctx).Parse(args);
        // The default exception handler would print a stack trace and exit 1; a CliException must reach the catch below.
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, ct);
        }
        catch (CliException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (ImportException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}; nothing was written");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException)
        {
            // Expected environmental failures (file, database) are reported in one line, never as a stack trace.
            await stderr.WriteLineAsync($"error: {e.GetBaseException().Message}");
            return 1;
        }
    }
}

/// <summary>Where a command writes; <see cref="Interactive"/> is true on a real terminal (progress bars are shown only then).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Err)
{
    /// <summary>Where "today" comes from (the law of which date applies when an input names none).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
    /// <summary>Standard input (for --password-stdin); tests pass their own reader.</summary>
    public TextReader? In { get; init; }

    public bool Interactive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
}

/// <summary>A failure to report to the user as a one-line message with a non-zero exit code.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
