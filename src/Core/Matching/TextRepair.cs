using System.Text;

namespace Verbonden.Core.Matching;

/// <summary>
/// Repairs text damaged on its way through spreadsheets: UTF-8 that was read as Windows-1252 and written out
/// as UTF-8 again ("FryslÃ¢n" → "Fryslân", "â€™t" → "’t"), stray whitespace and trailing separators.
/// </summary>
/// <remarks>
/// A string is only changed when its characters, mapped back to Windows-1252 bytes, form valid UTF-8 that
/// contains at least one multi-byte sequence. Correct text such as "Fryslân" or "Súdwest" never qualifies,
/// because a lone accented Latin-1 letter followed by an ASCII letter is not valid UTF-8. Text that was
/// double-encoded twice is repaired in up to three passes.
/// </remarks>
public static class TextRepair
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Undoes UTF-8 → Windows-1252 (or Latin-1) → UTF-8 double encoding; returns the input when it is not mojibake.</summary>
    public static string RepairEncoding(string text)
    {
        var current = text;
        for (var pass = 0; pass < 3; pass++)
        {
            var repaired = RepairOnce(current);
            if (repaired is null) break;
            current = repaired;
        }
        return current;
    }

    /// <summary>
    /// Repairs the encoding, trims, collapses runs of whitespace into one space and drops separators left
    /// dangling at the end ("Overbetuwe," → "Overbetuwe").
    /// </summary>
    public static string Tidy(string text)
    {
        var repaired = RepairEncoding(text);
        var sb = new StringBuilder(repaired.Length);
        var pendingSpace = false;
        foreach (var c in repaired)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd(',', ';', ' ');
    }

    static string? RepairOnce(string text)
    {
        var bytes = new byte[text.Length];
        var multiByte = false;
        for (var i = 0; i < text.Length; i++)
        {
            var b = ToWindows1252(text[i]);
            if (b is null) return null;
            bytes[i] = b.Value;
            if (b >= 0xC2) multiByte = true;
        }
        if (!multiByte) return null;
        try
        {
            var decoded = StrictUtf8.GetString(bytes);
            return decoded.Length < text.Length ? decoded : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The byte a character came from when UTF-8 was read as Windows-1252 or as Latin-1; null when it can have come from none.</summary>
    /// <remarks>Latin-1 turns the bytes 0x80–0x9F into the C1 controls U+0080–U+009F (as Windows-1252 does for the five bytes it leaves undefined); Windows-1252 turns most of them into the letters and signs of <see cref="Windows1252High"/>.</remarks>
    static byte? ToWindows1252(char c)
    {
        if (c <= 0xFF) return (byte)c;
        var index = Windows1252High.IndexOf(c);
        return index < 0 ? null : (byte)(0x80 + index);
    }

    /// <summary>The characters Windows-1252 puts at 0x80–0x9F ('\0' where the code page leaves a byte undefined).</summary>
    const string Windows1252High =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";
}
