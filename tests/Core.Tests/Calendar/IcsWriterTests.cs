using System.Text;
using Verbonden.Core.Calendar;

namespace Verbonden.Core.Tests.Calendar;

public class IcsWriterTests
{
    static readonly DateTimeOffset Stamp = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(1));

    /// <summary>A minimal RFC 5545 reader: unfolds lines, splits name;params:value and unescapes TEXT.</summary>
    static List<Dictionary<string, string>> Parse(string ics, out List<string> physical)
    {
        physical = ics.Split("\r\n").ToList();
        Assert.Equal("", physical[^1]);               // ends with CRLF
        physical.RemoveAt(physical.Count - 1);
        Assert.DoesNotContain(physical, l => l.Contains('\n') || l.Contains('\r'));
        var logical = new List<string>();
        foreach (var l in physical)
            if (l.StartsWith(' ')) logical[^1] += l[1..]; else logical.Add(l);
        var components = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var l in logical)
        {
            var colon = l.IndexOf(':');
            var name = l[..colon];
            var value = l[(colon + 1)..];
            if (name == "BEGIN") { current = new() { ["BEGIN"] = value }; components.Add(current); continue; }
            if (name == "END") continue;
            current![name] = Unescape(value);
        }
        return components;
    }

    static string Unescape(string v)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < v.Length; i++)
        {
            if (v[i] == '\\' && i + 1 < v.Length) { i++; sb.Append(v[i] is 'n' or 'N' ? '\n' : v[i]); }
            else sb.Append(v[i]);
        }
        return sb.ToString();
    }

    [Fact]
    public void Write_ParsesBackToTheSameEvents()
    {
        var summary = "Zienswijze: GR Publieke Gezondheid; regio's Zuid, Noord \\ Oost";
        var description = "Artikel 35 lid 3 Wgr.\nDe raad van Súdwest-Fryslân kan binnen twaalf weken een zienswijze indienen — ook over de meerjarenraming, die stijgt met €1,2 mln.";
        var ics = IcsWriter.Write(
            [new CalendarEvent("12-2027-zienswijzen@verbonden", new DateOnly(2027, 2, 28), summary, description),
             new CalendarEvent("12-2027-kaderbrief@verbonden", new DateOnly(2026, 4, 29), "Kaderbrief")],
            Stamp, "Verbonden – Gemeente Súdwest-Fryslân 2027");

        var parsed = Parse(ics, out var physical);
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"line over 75 octets: {l}"));
        Assert.Contains(physical, l => l.StartsWith(' '));   // the long description was folded

        var cal = parsed[0];
        Assert.Equal("VCALENDAR", cal["BEGIN"]);
        Assert.Equal("2.0", cal["VERSION"]);
        Assert.StartsWith("-//Verbonden//", cal["PRODID"]);
        Assert.Equal("Verbonden – Gemeente Súdwest-Fryslân 2027", cal["X-WR-CALNAME"]);

        var events = parsed.Where(c => c["BEGIN"] == "VEVENT").ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal("12-2027-zienswijzen@verbonden", events[0]["UID"]);
        Assert.Equal("20261122T083000Z", events[0]["DTSTAMP"]);
        Assert.Equal("20270228", events[0]["DTSTART;VALUE=DATE"]);
        Assert.Equal("20270301", events[0]["DTEND;VALUE=DATE"]);
        Assert.Equal(summary, events[0]["SUMMARY"]);
        Assert.Equal(description, events[0]["DESCRIPTION"]);
        Assert.False(events[1].ContainsKey("DESCRIPTION"));
    }

    [Fact]
    public void Write_FoldsWithoutSplittingMultiByteCharacters()
    {
        var ics = IcsWriter.Write([new CalendarEvent("x@verbonden", new DateOnly(2027, 1, 1), new string('é', 100))], Stamp, "t");
        // Every physical line must be valid UTF-8 on its own: re-encoding does not change it.
        foreach (var line in ics.Split("\r\n"))
            Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(line)));
        Assert.Equal(new string('é', 100), Parse(ics, out _).Single(c => c["BEGIN"] == "VEVENT")["SUMMARY"]);
    }

    [Theory]
    [InlineData("a,b", "a\\,b")]
    [InlineData("a;b", "a\\;b")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("a\r\nb\nc", "a\\nb\\nc")]
    public void Escape_TextValues(string input, string expected) => Assert.Equal(expected, IcsWriter.Escape(input));
}
