using System.Security.Cryptography;
using System.Text;

namespace Verbonden.Core.Matching;

/// <summary>
/// Codes Verbonden assigns to organisations without a CBS code: "X-" and the name's key in capitals
/// ("Kamer van Koophandel" → "X-KAMER-VAN-KOOPHANDEL"). A participant that awaits review gets "X-REVIEW-…",
/// so that nobody mistakes its placeholder for a matched organisation.
/// </summary>
/// <remarks>The code depends only on the name's <see cref="NameKey"/>, so importing the same name again finds the same organisation. Codes stay within 40 characters; a longer one is cut and ends in six hex digits of a hash of the whole key.</remarks>
public static class VerbondenCodes
{
    public const string Prefix = "X-";
    public const string ReviewPrefix = "X-REVIEW-";
    public const int MaxLength = 40;

    public static bool IsAssigned(string code) => code.StartsWith(Prefix, StringComparison.Ordinal);

    public static string For(string name, bool review = false)
    {
        var key = NameKey.Normalise(name);
        var slug = key.Replace(' ', '-').ToUpperInvariant();
        var prefix = review ? ReviewPrefix : Prefix;
        if (prefix.Length + slug.Length <= MaxLength) return prefix + slug;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..6];
        return prefix + slug[..(MaxLength - prefix.Length - 7)].TrimEnd('-') + "-" + hash;
    }
}
