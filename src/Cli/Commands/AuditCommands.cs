using System.CommandLine;
using Verbonden.Data.Storage;

namespace Verbonden.Cli.Commands;

/// <summary><c>verbonden audit verify</c>: walks the hash chain of the audit log; exit 3 naming the first broken entry.</summary>
public static class AuditCommands
{
    public static Command Audit(CliContext ctx)
    {
        var verify = new Command("verify", "Check that no audit entry was edited or deleted (hash chain).");
        verify.SetAction(async (parse, ct) =>
        {
            await using var db = await CliApp.OpenDbAsync(parse, ct);
            var count = db.AuditEntries.LongCount();
            if (await AuditTrail.VerifyAsync(db, ct) is { } broken)
            {
                await ctx.Err.WriteLineAsync($"error: audit entry {broken.Entry.Id} is broken: {broken.Problem}");
                return 3;
            }
            await ctx.Out.WriteLineAsync($"Audit log intact: {count} entries, hash chain verified.");
            return 0;
        });
        var cmd = new Command("audit", "The append-only audit log.");
        cmd.Subcommands.Add(verify);
        return cmd;
    }
}
