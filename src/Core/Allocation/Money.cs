using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace Verbonden.Core.Allocation;

/// <summary>
/// Euro amounts as <see cref="decimal"/>, and the one place where they are rounded and divided.
/// </summary>
/// <remarks>
/// <para>Rounding of a single amount (tariff × volume, indexation) is to whole cents, half away from zero
/// (commercial rounding, what a controller's spreadsheet does with ROUND(x; 2)).</para>
/// <para>Division of an amount over parts (<see cref="Split"/>) uses the largest-remainder method on whole cents:
/// every part first gets the floor of its exact quota; the cents still missing go one each to the parts with the
/// largest remainders; equal remainders are broken by position, the earlier part first. The parts therefore always
/// add up exactly to the amount, and the calculation uses integers only, so every cent can be reproduced.</para>
/// </remarks>
public static class Money
{
    /// <summary>Rounds to whole cents, half away from zero.</summary>
    public static decimal Round(decimal value) => value.Scale <= 2 ? value : Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>True when <paramref name="value"/> is a whole number of cents.</summary>
    public static bool IsCents(decimal value) => decimal.Truncate(value * 100m) == value * 100m;

    /// <summary>Formats as the API writes amounts: invariant culture, two decimals, e.g. "-1234.50".</summary>
    public static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Formats for Dutch readers: "€ 1.234,50".</summary>
    public static string FormatEuro(decimal value) => value.ToString("€ #,##0.00;€ -#,##0.00", Dutch);

    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// Divides <paramref name="total"/> (whole cents, may be negative) over parts in proportion to
    /// <paramref name="weights"/> by the largest-remainder method; see the remarks on <see cref="Money"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The total is not whole cents, a weight is negative, or all weights are zero.</exception>
    /// <exception cref="DomainException">A weight has more digits than exact integer arithmetic can carry.</exception>
    public static decimal[] Split(decimal total, ReadOnlySpan<decimal> weights)
    {
        var result = new decimal[weights.Length];
        SplitInto(total, weights, result);
        return result;
    }

    /// <summary>As <see cref="Split"/>, writing the parts into <paramref name="parts"/> (same length as the weights).</summary>
    public static void SplitInto(decimal total, ReadOnlySpan<decimal> weights, Span<decimal> parts)
    {
        if (!IsCents(total)) throw new ArgumentException($"The amount {total} is not a whole number of cents.", nameof(total));
        if (parts.Length != weights.Length) throw new ArgumentException("One part per weight.", nameof(parts));
        if (weights.Length == 0) throw new ArgumentException("There is nothing to divide over.", nameof(weights));

        // Weights become integers by a common power of ten, so the quotas can be compared exactly.
        var scale = 0;
        var max = 0m;
        foreach (var w in weights)
        {
            if (w < 0) throw new ArgumentException("A weight cannot be negative.", nameof(weights));
            if (w == 0) continue;
            scale = Math.Max(scale, w.Scale);
            max = Math.Max(max, w);
        }
        if (max == 0) throw new ArgumentException("All weights are zero.", nameof(weights));
        if (scale > 0 && !Fits(max, scale))
        {
            // Trailing zeros (2.500) may inflate the scale; only the significant decimals count.
            scale = 0;
            foreach (var w in weights) if (w != 0) scale = Math.Max(scale, Normalized(w).Scale);
            if (!Fits(max, scale)) throw TooPrecise();
        }
        if (max > long.MaxValue) throw TooPrecise();

        var factor = Pow10(scale);
        var n = weights.Length;
        var rented = ArrayPool<long>.Shared.Rent(2 * n);
        var w64 = rented.AsSpan(0, n);
        for (var i = 0; i < weights.Length; i++) w64[i] = scale == 0 ? (long)weights[i] : (long)(weights[i] * factor);
        var scaledMax = scale == 0 ? (long)max : (long)(max * factor);

        var cents = (long)(Math.Abs(total) * 100m);
        var negative = total < 0;
        var result = rented.AsSpan(n, n);
        // Fast path in 64-bit integers when the sum and the largest product fit; otherwise 128-bit.
        if (scaledMax <= long.MaxValue / weights.Length && (cents == 0 || scaledMax <= long.MaxValue / cents))
            SplitCents<long>(cents, w64, result);
        else
            SplitCents<Int128>(cents, w64, result);
        for (var i = 0; i < result.Length; i++)
            parts[i] = unchecked(new decimal((int)(uint)result[i], (int)(result[i] >> 32), 0, negative && result[i] != 0, 2));
        ArrayPool<long>.Shared.Return(rented);
    }

    static bool Fits(decimal max, int scale) => max <= long.MaxValue / Pow10(scale);

    static DomainException TooPrecise() =>
        new("A measure or weight has too many digits to divide exactly; use at most 18 significant digits.");

    static decimal Normalized(decimal d) => d / 1.0000000000000000000000000000m;

    static decimal Pow10(int n)
    {
        var f = 1m;
        for (var i = 0; i < n; i++) f *= 10m;
        return f;
    }

    static void SplitCents<T>(long cents, ReadOnlySpan<long> weights, Span<long> result)
        where T : IBinaryInteger<T>
    {
        var n = weights.Length;
        var sum = T.Zero;
        foreach (var w in weights) sum += T.CreateTruncating(w);
        var total = T.CreateTruncating(cents);

        var pool = ArrayPool<T>.Shared.Rent(2 * n);
        var remainders = pool.AsSpan(0, n);
        var assigned = 0L;
        for (var i = 0; i < n; i++)
        {
            var (q, r) = T.DivRem(total * T.CreateTruncating(weights[i]), sum);
            remainders[i] = r;
            result[i] = long.CreateTruncating(q);
            assigned += result[i];
        }

        // The cents still missing (fewer than n) go to the largest remainders, earlier parts first on a tie.
        var missing = (int)(cents - assigned);
        if (missing > 0)
        {
            remainders.CopyTo(pool.AsSpan(n, n));
            var threshold = KthLargest(pool.AsSpan(n, n), missing);
            var above = 0;
            foreach (var r in remainders) if (r > threshold) above++;
            var atThreshold = missing - above;
            for (var i = 0; i < n; i++)
            {
                if (remainders[i] > threshold) result[i]++;
                else if (remainders[i] == threshold && atThreshold > 0) { result[i]++; atThreshold--; }
            }
        }
        ArrayPool<T>.Shared.Return(pool);
    }

    /// <summary>The k-th largest value (1-based) by quickselect, reordering <paramref name="a"/>; O(n) on average.</summary>
    static T KthLargest<T>(Span<T> a, int k) where T : IBinaryInteger<T>
    {
        int lo = 0, hi = a.Length - 1, target = k - 1;
        while (lo < hi)
        {
            var pivot = a[lo + (hi - lo) / 2];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] > pivot) i++;
                while (a[j] < pivot) j--;
                if (i <= j) { (a[i], a[j]) = (a[j], a[i]); i++; j--; }
            }
            if (target <= j) hi = j;
            else if (target >= i) lo = i;
            else break;
        }
        return a[target];
    }
}
