using System.Text;

namespace Verbonden.Core.Calendar;

/// <summary>An all-day calendar entry.</summary>
/// <param name="Uid">Globally unique and stable across exports, so re-importing updates instead of duplicating.</param>
public sealed record CalendarEvent(string Uid, DateOnly Day, string Summary, string? Description = null, string? Url = null);

/// <summary>
/// Writes an iCalendar file (RFC 5545) with all-day events: CRLF line endings, content lines folded at
/// 75 octets without splitting a UTF-8 sequence, and TEXT values escaped (backslash, semicolon, comma, newline).
/// </summary>
public static class IcsWriter
{
    public static string Write(IEnumerable<CalendarEvent> events, DateTimeOffset stamp, string calendarName)
    {
        var sb = new StringBuilder();
        void Line(string s) => Fold(sb, s);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Verbonden//Wgr-kalender//NL");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'");
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + e.Uid);
            Line("DTSTAMP:" + dtstamp);
            Line("DTSTART;VALUE=DATE:" + e.Day.ToString("yyyyMMdd"));
            Line("DTEND;VALUE=DATE:" + e.Day.AddDays(1).ToString("yyyyMMdd"));
            Line("SUMMARY:" + Escape(e.Summary));
            if (e.Description is { Length: > 0 } d) Line("DESCRIPTION:" + Escape(d));
            if (e.Url is { Length: > 0 } u) Line("URL:" + u);
            Line("TRANSP:TRANSPARENT");
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11).</summary>
    public static string Escape(string s) => s
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Appends a content line, folded so no physical line exceeds 75 octets (RFC 5545 §3.1).</summary>
    static void Fold(StringBuilder sb, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var len = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, len));
            if (octets + size > limit)
            {
                sb.Append("\r\n ");
                octets = 1;
            }
            sb.Append(line, i, len);
            octets += size;
            i += len - 1;
        }
        sb.Append("\r\n");
    }
}
