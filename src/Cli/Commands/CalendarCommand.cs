using System.CommandLine;
using Verbonden.Core;
using Verbonden.Core.Calendar;
using Verbonden.Data.Grip;
using Verbonden.Data.Storage;

namespace Verbonden.Cli.Commands;

/// <summary><c>verbonden calendar --municipality GM0153 --year 2027 --format ics|json</c>: the Wgr budget-cycle deadlines of
/// all arrangements a municipality takes part in.</summary>
public static class CalendarCommand
{
    public static Command Create(CliContext ctx)
    {
        var municipality = new Option<string>("--municipality") { Description = "CBS code of the municipality, e.g. GM0153", Required = true };
        var year = new Option<int>("--year") { Description = "Budget year", Required = true };
        var format = new Option<string>("--format") { Description = "ics or json", DefaultValueFactory = _ => "ics" };
        format.AcceptOnlyFromAmong("ics", "json");
        var cmd = new Command("calendar", "Print the Wgr budget-cycle calendar of a municipality for one budget year.") { municipality, year, format };
        cmd.SetAction(async (parse, ct) =>
        {
            await using var db = Database.Open(parse.GetValue(CliApp.Db)!);
            var now = ctx.Clock.GetUtcNow();
            MunicipalityCalendar cal;
            try
            {
                cal = await CalendarQueries.MunicipalityAsync(db, parse.GetValue(municipality)!, parse.GetValue(year), DateOnly.FromDateTime(ctx.Clock.GetLocalNow().DateTime), ct);
            }
            catch (KeyNotFoundException e) { throw new CliException(e.Message, 2); }
            catch (DomainException e) { throw new CliException(e.Message, 2); }
            var text = parse.GetValue(format) == "json"
                ? CalendarJson.Serialize(cal) + Environment.NewLine
                : IcsWriter.Write(cal.ToEvents(), now, $"Verbonden – {cal.Name} – begroting {cal.Year}");
            await ctx.Out.WriteAsync(text);
            return 0;
        });
        return cmd;
    }
}
