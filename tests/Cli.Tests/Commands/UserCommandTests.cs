using Microsoft.EntityFrameworkCore;
using Verbonden.Data.Accounts;
using Verbonden.Data.BuiltIn;
using Verbonden.TestSupport;

namespace Verbonden.Cli.Tests.Commands;

public sealed class UserCommandTests
{
    [Fact]
    public async Task AddUserAndToken_StoresOnlyHashes()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        var add = await CliRunner.RunWithInput("een heel lang wachtwoord\n", "users", "add", "jan.enschede", "--role", "redacteur", "--organisation", "gm0153", "--password-stdin", "--db", db.ConnectionString);
        Assert.Equal(0, add.Exit);
        Assert.Contains("Added user jan.enschede with role redacteur", add.Out);

        var token = await CliRunner.Run("users", "add-token", "jan.enschede", "--label", "zaaksysteem", "--days", "30", "--db", db.ConnectionString);
        Assert.Equal(0, token.Exit);
        var text = token.Out.Trim();
        Assert.StartsWith("vb_", text);
        Assert.Contains("cannot be shown again", token.Err);

        await using var check = db.Open();
        var user = await check.Users.Include(u => u.Organisation).SingleAsync();
        Assert.Equal(("redacteur", "GM0153"), (user.Role, user.Organisation!.Code));
        Assert.DoesNotContain("wachtwoord", user.PasswordHash);
        var stored = await check.ApiTokens.SingleAsync();
        Assert.Equal(ApiTokens.Hash(text), stored.TokenHash);
        Assert.NotEqual(text, stored.TokenHash);
        Assert.NotNull(await ApiTokens.FindAsync(check, text, DateTimeOffset.UtcNow));
        Assert.Null(await ApiTokens.FindAsync(check, text, DateTimeOffset.UtcNow.AddDays(31)));
        Assert.Contains(check.AuditEntries, e => e.EntityType == "UserAccount" && e.Actor.StartsWith("cli:"));
    }

    [Theory]
    [InlineData("een heel lang wachtwoord", "users add piet --role redacteur --password-stdin", "give --organisation CODE")]
    [InlineData("kort", "users add piet --role beheerder --password-stdin", "at least 12 characters")]
    [InlineData("een heel lang wachtwoord", "users add piet --role koning --password-stdin", "unknown role 'koning'")]
    [InlineData("een heel lang wachtwoord", "users add piet --role griffie --organisation GM9999 --password-stdin", "no organisation with code GM9999")]
    [InlineData("een heel lang wachtwoord", "users add piet --role beheerder", "--password-stdin")]
    [InlineData("", "users add-token niemand", "no user named 'niemand'")]
    public async Task BadInput_GivesOneLineAndExit2(string stdin, string args, string message)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var ctx = db.Open()) await BuiltInDataset.LoadAsync(ctx);
        var r = await CliRunner.RunWithInput(stdin + "\n", [.. args.Split(' '), "--db", db.ConnectionString]);
        Assert.Equal(2, r.Exit);
        Assert.Contains(message, r.Err);
        Assert.Single(r.Err.Trim().Split('\n'));
        await using var check = db.Open();
        Assert.False(await check.Users.AnyAsync());
    }
}
