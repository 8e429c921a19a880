using Verbonden.Core.Register;

namespace Verbonden.Core.Matching;

/// <summary>A known organisation the matcher may choose: its code, name as registered, type and province (where known).</summary>
public sealed record MatchCandidate(string Code, string Name, OrganisationType Type, string? ProvinceCode);

public enum MatchStatus { Matched, Review, New }

/// <summary>How a name was matched, from the most to the least certain.</summary>
public enum MatchMethod { None, Exact, Normalised, Context, Fuzzy, Partial, Split }

/// <summary>
/// The outcome for one name. <see cref="Matches"/> holds the organisation (two when one cell names two
/// municipalities) when <see cref="Status"/> is Matched; <see cref="Alternatives"/> holds the candidates a
/// reviewer has to choose from when it is Review. New names get <see cref="NewType"/>.
/// </summary>
public sealed record MatchResult(
    string RawName, string RepairedName, MatchStatus Status, MatchMethod Method,
    IReadOnlyList<MatchCandidate> Matches, IReadOnlyList<MatchCandidate> Alternatives, OrganisationType NewType, string Note);

/// <summary>
/// Matches a participant name as written in a source to a known organisation, trying in turn:
/// <list type="number">
/// <item><b>exact</b>: the registered name, character for character (after the encoding is repaired);</item>
/// <item><b>normalised</b>: the same <see cref="NameKey"/> (case, diacritics, IJ, apostrophes, hyphens, CBS suffix);</item>
/// <item><b>context</b>: several organisations share the key and the province of the row picks one
/// ("Bergen" in Limburg → "Bergen (L.)");</item>
/// <item><b>fuzzy</b>: one typo-sized edit ("Haasbergen" → "Haaksbergen"), only within the type the name
/// announces (a bare name is a municipality) and only when exactly one candidate is that close;</item>
/// <item><b>partial</b>: a bare name that is one part of exactly one municipality's compound name
/// ("Nuenen" → "Nuenen, Gerwen en Nederwetten"), and of no other organisation's name;</item>
/// <item><b>split</b>: a cell naming two municipalities ("Zevenaar Beuningen"), when exactly one way of
/// cutting it gives two municipalities that each match by one of the steps above (fuzzy excepted).</item>
/// </list>
/// </summary>
/// <remarks>
/// The matcher never guesses: when two or more candidates fit equally well the result is Review with those
/// candidates as alternatives, and no organisation is chosen. A name that fits nothing is New.
/// Fuzzy distance allowed, on the key: 0 below 5 characters, 1 up to 11, 2 up to 29, 3 from 30.
/// </remarks>
public sealed class OrganisationMatcher
{
    readonly record struct Entry(MatchCandidate Candidate, ParsedName Parsed, IReadOnlyList<string> Keys, IReadOnlySet<string> Components);

    readonly List<Entry> _entries;
    readonly Dictionary<string, List<Entry>> _byName = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Entry>> _byKey = new(StringComparer.Ordinal);

    public OrganisationMatcher(IEnumerable<MatchCandidate> candidates)
    {
        _entries = candidates.Select(Index).ToList();
        foreach (var e in _entries)
        {
            Add(_byName, e.Parsed.Text, e);
            foreach (var k in e.Keys) Add(_byKey, k, e);
        }
    }

    /// <summary>Matches <paramref name="rawName"/> as written in a row whose province (CBS code) is <paramref name="contextProvince"/>, if known.</summary>
    public MatchResult Match(string rawName, string? contextProvince = null)
    {
        var name = NameKey.Parse(rawName);
        var context = name.ProvinceCode ?? contextProvince;
        var result = MatchWhole(name, context, allowFuzzy: true);
        if (result.Status == MatchStatus.New && name.Kind == NameKind.Unknown && Split(name, context) is { } split)
            result = split;
        return result with { RawName = rawName };
    }

    MatchResult MatchWhole(ParsedName name, string? context, bool allowFuzzy)
    {
        if (name.Key.Length == 0) return New(name, "empty name");

        if (_byName.TryGetValue(name.Text, out var exact))
            return Decide(name, Distinct(exact), context, MatchMethod.Exact);

        var sameKey = _byKey.GetValueOrDefault(name.Key, []).Where(e => LooselyCompatible(name.Kind, e.Candidate.Type)).ToList();
        if (sameKey.Count > 0)
            return Decide(name, Distinct(sameKey), context, MatchMethod.Normalised);

        if (allowFuzzy && Fuzzy(name) is { } fuzzy) return fuzzy;
        if (Partial(name) is { } partial) return partial;
        return New(name, "no known organisation has this name");
    }

    /// <summary>One candidate: done. Several: the row's province decides, or a reviewer does.</summary>
    MatchResult Decide(ParsedName name, List<MatchCandidate> found, string? context, MatchMethod method)
    {
        if (found.Count == 1) return Matched(name, method, found, "");
        var inProvince = context is null ? [] : found.Where(c => c.ProvinceCode == context).ToList();
        if (inProvince.Count == 1)
            return Matched(name, MatchMethod.Context, inProvince, $"{found.Count} organisations share the name; the row's province {Provinces.ByCode(context)?.Name} decides");
        var why = context is null
            ? $"{found.Count} organisations share the name and the row names no Dutch province"
            : $"{found.Count} organisations share the name and the row's province {Provinces.ByCode(context)?.Name} does not pick one";
        return Review(name, method, found, why);
    }

    MatchResult? Fuzzy(ParsedName name)
    {
        var allowed = FuzzyDistance(name.Key.Length);
        if (allowed == 0) return null;
        var near = new List<(MatchCandidate Candidate, int Distance)>();
        foreach (var e in _entries.Where(e => StrictlyCompatible(name.Kind, e.Candidate.Type)))
        {
            var d = e.Keys.Min(k => EditDistance.Between(name.Key, k, allowed));
            if (d <= allowed) near.Add((e.Candidate, d));
        }
        var candidates = near.Select(n => n.Candidate).Distinct().ToList();
        if (candidates.Count == 0) return null;
        if (candidates.Count == 1)
            return Matched(name, MatchMethod.Fuzzy, candidates, $"{near[0].Distance} edit(s) from '{candidates[0].Name}'");
        return Review(name, MatchMethod.Fuzzy, candidates, $"{candidates.Count} organisations are within {allowed} edit(s)");
    }

    /// <summary>Edits allowed for a key of <paramref name="length"/> characters.</summary>
    public static int FuzzyDistance(int length) => length switch { < 5 => 0, < 12 => 1, < 30 => 2, _ => 3 };

    MatchResult? Partial(ParsedName name)
    {
        if (name.Kind != NameKind.Unknown || name.Key.Length < 4) return null;
        var owners = _entries.Where(e => e.Candidate.Type == OrganisationType.Gemeente && e.Components.Contains(name.Key))
            .Select(e => e.Candidate).Distinct().ToList();
        if (owners.Count == 0) return null;
        var padded = $" {name.Key} ";
        var containing = _entries.Where(e => e.Keys.Any(k => $" {k} ".Contains(padded, StringComparison.Ordinal)))
            .Select(e => e.Candidate).Distinct().ToList();
        if (owners.Count == 1 && containing.Count == 1)
            return Matched(name, MatchMethod.Partial, owners, $"part of the name '{owners[0].Name}'");
        var all = containing.Union(owners).ToList();
        return Review(name, MatchMethod.Partial, all, $"part of the names of {all.Count} organisations");
    }

    /// <summary>The parts of a compound municipal name: "Mill en Sint Hubert" → "mill", "sint hubert".</summary>
    static HashSet<string> Components(string name)
    {
        var body = NameKey.Parse(name).Key;
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in name.Split([" en ", ", ", "-"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = NameKey.Parse(piece).Key;
            if (key.Length > 0 && key != body) parts.Add(key);
        }
        return parts;
    }

    /// <summary>"Zevenaar Beuningen", "Grave en Mill": every way of cutting the words in two (dropping a joining "en", "&amp;", "/" or ","), kept only when exactly one cut gives two municipalities.</summary>
    MatchResult? Split(ParsedName name, string? context)
    {
        var words = name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new Dictionary<string, IReadOnlyList<MatchCandidate>>(StringComparer.Ordinal);
        for (var i = 1; i < words.Length; i++)
        {
            var left = Trim(words[..i], fromEnd: true);
            var right = Trim(words[i..], fromEnd: false);
            if (left.Length == 0 || right.Length == 0) continue;
            var a = MatchWhole(NameKey.Parse(left), context, allowFuzzy: false);
            var b = MatchWhole(NameKey.Parse(right), context, allowFuzzy: false);
            if (a.Status != MatchStatus.Matched || b.Status != MatchStatus.Matched) continue;
            var both = a.Matches.Concat(b.Matches).Distinct().ToList();
            if (both.Count != 2 || both.Any(c => c.Type != OrganisationType.Gemeente)) continue;
            found[string.Join('+', both.Select(c => c.Code))] = both;
        }
        if (found.Count != 1) return null;
        var pair = found.Values.Single();
        return Matched(name, MatchMethod.Split, pair, $"names two municipalities: {pair[0].Name} and {pair[1].Name}");
    }

    static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "en", "&", "/", "," };

    static string Trim(string[] words, bool fromEnd)
    {
        var list = words.Select(w => w.Trim(',')).Where(w => w.Length > 0).ToList();
        if (fromEnd) { while (list.Count > 0 && Joiners.Contains(list[^1])) list.RemoveAt(list.Count - 1); }
        else { while (list.Count > 0 && Joiners.Contains(list[0])) list.RemoveAt(0); }
        return string.Join(' ', list);
    }

    /// <summary>For exact and normalised matches: a prefix such as "Provincie" or "Waterschap" restricts the type; a bare name may match any type.</summary>
    static bool LooselyCompatible(NameKind kind, OrganisationType type) => kind switch
    {
        NameKind.Provincie => type == OrganisationType.Provincie,
        NameKind.Waterschap => type == OrganisationType.Waterschap,
        NameKind.Gemeente => type == OrganisationType.Gemeente,
        NameKind.Buitenlands => type == OrganisationType.Buitenlands,
        _ => true,
    };

    /// <summary>For fuzzy matches: never across types, and a bare name is only ever close to a municipality.</summary>
    static bool StrictlyCompatible(NameKind kind, OrganisationType type) => NameKey.TypeOf(kind) == type;

    static Entry Index(MatchCandidate c)
    {
        var parsed = NameKey.Parse(c.Name);
        var keys = new List<string> { parsed.Key };
        if (c.Type == OrganisationType.Provincie && Provinces.ByCode(c.Code) is { } p)
            keys.AddRange(Provinces.Keys(p).Select(k => "provincie " + k));
        if (c.Type == OrganisationType.Waterschap) keys.AddRange(NameKey.WaterBoardVariants(parsed.Key));
        var province = c.ProvinceCode ?? parsed.ProvinceCode;
        return new Entry(c with { ProvinceCode = province }, parsed, keys.Distinct().ToList(), Components(c.Name));
    }

    static void Add(Dictionary<string, List<Entry>> index, string key, Entry e)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(e);
    }

    static List<MatchCandidate> Distinct(IEnumerable<Entry> entries) => entries.Select(e => e.Candidate).DistinctBy(c => c.Code).ToList();

    static MatchResult Matched(ParsedName name, MatchMethod method, IReadOnlyList<MatchCandidate> found, string note) =>
        new(name.Text, name.Text, MatchStatus.Matched, method, found, [], NameKey.TypeOf(name.Kind), note);

    /// <summary>Several candidates fit: <paramref name="method"/> is the step that found them; none is chosen.</summary>
    static MatchResult Review(ParsedName name, MatchMethod method, IReadOnlyList<MatchCandidate> alternatives, string note)
    {
        var types = alternatives.Select(a => a.Type).Distinct().ToList();
        var type = types.Count == 1 ? types[0] : NameKey.TypeOf(name.Kind);
        return new(name.Text, name.Text, MatchStatus.Review, method, [], alternatives, type, note);
    }

    /// <summary>Nothing fits. A bare name that is no known municipality is not assumed to be one: it becomes "overig".</summary>
    static MatchResult New(ParsedName name, string note) =>
        new(name.Text, name.Text, MatchStatus.New, MatchMethod.None, [], [],
            name.Kind == NameKind.Unknown ? OrganisationType.Overig : NameKey.TypeOf(name.Kind), note);
}
