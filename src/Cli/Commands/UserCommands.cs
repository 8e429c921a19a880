using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verbonden.Data.Storage;
using Verbonden.Web.Features.Accounts;

namespace Verbonden.Cli.Commands;

/// <summary><c>verbonden users add NAME --role R [--organisation CODE] --password-stdin</c> and <c>verbonden users add-token NAME</c>.</summary>
public static class UserCommands
{
    public static Command Users(CliContext ctx, TextReader stdin)
    {
        var cmd = new Command("users", "Manage accounts and API tokens.");
        cmd.Subcommands.Add(Add(ctx, stdin));
        cmd.Subcommands.Add(AddToken(ctx));
        return cmd;
    }

    static Command Add(CliContext ctx, TextReader stdin)
    {
        var name = new Argument<string>("name") { Description = "User name (letters, digits, - . _ @ +)" };
        var role = new Option<string>("--role") { Description = "beheerder, redacteur, provincie or griffie", Required = true };
        var org = new Option<string?>("--organisation") { Description = "Code of the organisation the user acts for (GM0153, PV23); required except for beheerder" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (at least 12 characters)" };
        var cmd = new Command("add", "Add a user who signs in with a password.") { name, role, org, passwordStdin };
        cmd.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(passwordStdin))
                throw new CliException("give the password on standard input with --password-stdin (never as an argument, where it would end up in the shell history)", 2);
            var password = (await stdin.ReadLineAsync(ct))?.TrimEnd('\r') ?? "";
            await using var services = await ServicesAsync(parse, ctx, ct);
            await using var scope = services.CreateAsyncScope();
            try
            {
                var user = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().AddUserAsync(parse.GetValue(name)!, parse.GetValue(role)!, parse.GetValue(org), password, ct);
                await ctx.Out.WriteLineAsync($"Added user {user.UserName} with role {user.Role}.");
            }
            catch (AccountException e) { throw new CliException(e.Message, 2); }
            return 0;
        });
        return cmd;
    }

    static Command AddToken(CliContext ctx)
    {
        var name = new Argument<string>("name") { Description = "The user the token acts for" };
        var label = new Option<string>("--label") { Description = "What the token is for; shown in the audit log", DefaultValueFactory = _ => "api" };
        var days = new Option<int?>("--days") { Description = "Valid for this many days (default: until revoked)" };
        var cmd = new Command("add-token", "Create an API token for a user; it is printed once, only its hash is stored.") { name, label, days };
        cmd.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(days) is < 1) throw new CliException("--days must be 1 or more", 2);
            await using var services = await ServicesAsync(parse, ctx, ct);
            await using var scope = services.CreateAsyncScope();
            try
            {
                var token = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().AddTokenAsync(parse.GetValue(name)!, parse.GetValue(label)!, parse.GetValue(days), ct);
                await ctx.Out.WriteLineAsync(token);
                await ctx.Err.WriteLineAsync("Store this token now: it cannot be shown again. Send it as 'Authorization: Bearer <token>'.");
            }
            catch (AccountException e) { throw new CliException(e.Message, 2); }
            return 0;
        });
        return cmd;
    }

    /// <summary>Identity's user manager over the database named by --db (migrated first), as the CLI actor.</summary>
    static async Task<ServiceProvider> ServicesAsync(ParseResult parse, CliContext ctx, CancellationToken ct)
    {
        await using (var db = await CliApp.OpenDbAsync(parse, ct)) { }
        var s = new ServiceCollection();
        s.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        s.AddSingleton(ctx.Clock);
        var cs = parse.GetValue(CliApp.Db)!;
        s.AddScoped(_ => Database.Open(cs, new AuditActor("cli:" + Environment.UserName)));
        s.AddVerbondenIdentityCore();
        s.AddScoped<AccountAdmin>();
        return s.BuildServiceProvider();
    }
}
