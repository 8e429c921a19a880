using System.CommandLine;
using Verbonden.Data.Storage;

namespace Verbonden.Cli.Commands;

/// <summary><c>verbonden backup FILE</c> and <c>verbonden restore FILE</c> for SQLite (online); PostgreSQL uses pg_dump.</summary>
public static class BackupCommands
{
    public static Command Backup(CliContext ctx)
    {
        var file = new Argument<FileInfo>("file") { Description = "Where to write the backup" };
        var cmd = new Command("backup", "Copy the SQLite database to FILE while it stays in use (SQLite online backup).") { file };
        cmd.SetAction(async (parse, ct) =>
        {
            var f = parse.GetValue(file)!;
            try
            {
                var bytes = await SqliteBackup.BackupAsync(parse.GetValue(CliApp.Db)!, f.FullName, ct);
                await ctx.Out.WriteLineAsync($"Backup written to {f.FullName} ({bytes:N0} bytes, integrity checked).");
            }
            catch (BackupException e) { throw new CliException(e.Message, 2); }
            return 0;
        });
        return cmd;
    }

    public static Command Restore(CliContext ctx)
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup made with 'verbonden backup'" };
        var cmd = new Command("restore", "Replace the SQLite database with FILE, after checking it is an intact Verbonden database.") { file };
        cmd.SetAction(async (parse, ct) =>
        {
            var f = parse.GetValue(file)!;
            try
            {
                var entries = await SqliteBackup.RestoreAsync(parse.GetValue(CliApp.Db)!, f.FullName, ct);
                await ctx.Out.WriteLineAsync($"Restored {f.Name} into {Database.Describe(parse.GetValue(CliApp.Db)!)}; audit log of {entries} entries verified.");
            }
            catch (BackupException e) { throw new CliException(e.Message, 2); }
            return 0;
        });
        return cmd;
    }
}
