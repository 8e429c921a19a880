using System.Diagnostics;

namespace Verbonden.LoadTest;

public sealed record LoadOptions(int Requests, int Concurrency, int Warmup, string? Shared, bool Network)
{
    public static LoadOptions Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
        }
        var shared = Array.IndexOf(args, "--shared") is var s and >= 0 && s + 1 < args.Length ? args[s + 1] : null;
        return new LoadOptions(Math.Min(Get("--requests", 5000), 200_000), Math.Min(Get("--concurrency", 8), 64), Get("--warmup", 500), shared, args.Contains("--network"));
    }
}

public sealed record LoadResult(int Requests, int ServerErrors, int OtherErrors, TimeSpan Elapsed, double P50, double P90, double P99, double Max)
{
    public override string ToString() =>
        $"requests {Requests}, 5xx {ServerErrors}, other errors {OtherErrors}, {Requests / Elapsed.TotalSeconds:F0} req/s, " +
        $"latency ms p50 {P50:F2} p90 {P90:F2} p99 {P99:F2} max {Max:F2}";
}

public static class Runner
{
    /// <summary>Sends exactly <paramref name="total"/> GET requests with <paramref name="concurrency"/> workers; stops by itself.</summary>
    public static async Task<LoadResult> Run(HttpClient http, string[] codes, int total, int concurrency)
    {
        var latencies = new double[total];
        var next = -1;
        var serverErrors = 0;
        var otherErrors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync($"/api/v1/organisaties/{codes[i % codes.Length]}/regelingen");
                    await response.Content.ReadAsByteArrayAsync();
                    if ((int)response.StatusCode >= 500) Interlocked.Increment(ref serverErrors);
                    else if (!response.IsSuccessStatusCode) Interlocked.Increment(ref otherErrors);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref otherErrors); }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });
        await Task.WhenAll(workers);
        clock.Stop();
        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        return new LoadResult(total, serverErrors, otherErrors, clock.Elapsed, P(0.50), P(0.90), P(0.99), latencies[^1]);
    }
}
