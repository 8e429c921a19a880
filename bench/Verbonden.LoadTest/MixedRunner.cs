using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Verbonden.LoadTest;

public sealed record MixedResult(TimeSpan Elapsed, int Reads, int Writes, int Conflicts, int ServerErrors, int OtherErrors, int LostUpdates,
    double ReadP50, double ReadP99, double WriteP50, double WriteP99, IReadOnlyList<(double Seconds, long GcHeap, long WorkingSet)> Memory)
{
    public override string ToString()
    {
        var heaps = Memory.Select(m => m.GcHeap / 1048576.0).ToList();
        var ws = Memory.Select(m => m.WorkingSet / 1048576.0).ToList();
        return $"{Elapsed.TotalSeconds:F0} s: reads {Reads} ({Reads / Elapsed.TotalSeconds:F0}/s, p50 {ReadP50:F1} ms, p99 {ReadP99:F1} ms), " +
               $"writes {Writes} saved ({Writes / Elapsed.TotalSeconds:F0}/s, p50 {WriteP50:F1} ms, p99 {WriteP99:F1} ms), 409 conflicts {Conflicts}, " +
               $"5xx {ServerErrors}, other errors {OtherErrors}, lost updates {LostUpdates}\n" +
               $"memory (GC heap MB after each {(Memory.Count > 1 ? Memory[1].Seconds - Memory[0].Seconds : 0):F0} s): {string.Join(" ", heaps.Select(h => h.ToString("F0")))}\n" +
               $"working set MB: {string.Join(" ", ws.Select(h => h.ToString("F0")))}";
    }
}

/// <summary>
/// Concurrent reads and writes for a fixed time. Writers read an arrangement, then PUT it back with the version they read and a
/// counter in 'taken' raised by one; a 409 is the expected answer when another writer came first (the writer then reads again).
/// At the end each arrangement's counter must equal the number of PUTs that got 200: otherwise an update was lost.
/// </summary>
public static class MixedRunner
{
    public static async Task<MixedResult> Run(HttpClient reader, HttpClient writer, int[] ids, string[] codes, TimeSpan duration, int readers, int writers)
    {
        var saved = new ConcurrentDictionary<int, int>();
        int reads = 0, writes = 0, conflicts = 0, serverErrors = 0, otherErrors = 0;
        var readLatency = new ConcurrentBag<double>();
        var writeLatency = new ConcurrentBag<double>();
        var memory = new List<(double, long, long)>();
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();

        void Count(HttpStatusCode code)
        {
            if ((int)code >= 500) Interlocked.Increment(ref serverErrors);
            else if (code != HttpStatusCode.OK && code != HttpStatusCode.Conflict) Interlocked.Increment(ref otherErrors);
        }

        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                memory.Add((clock.Elapsed.TotalSeconds, GC.GetTotalMemory(false), Process.GetCurrentProcess().WorkingSet64));
                try { await Task.Delay(TimeSpan.FromSeconds(5), stop.Token); } catch (OperationCanceledException) { }
            }
            memory.Add((clock.Elapsed.TotalSeconds, GC.GetTotalMemory(false), Process.GetCurrentProcess().WorkingSet64));
        });

        var readerTasks = Enumerable.Range(0, readers).Select(r => Task.Run(async () =>
        {
            var i = r;
            while (!stop.IsCancellationRequested)
            {
                var url = (i++ % 4) switch
                {
                    0 => $"/api/v1/regelingen/{ids[i % ids.Length]}",
                    1 => $"/api/v1/organisaties/{codes[i % codes.Length]}/regelingen",
                    2 => "/api/v1/regelingen?paginaGrootte=50",
                    _ => $"/regelingen/{ids[i % ids.Length]}",
                };
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await reader.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    Count(response.StatusCode);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref otherErrors); }
                readLatency.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                Interlocked.Increment(ref reads);
            }
        }));

        var writerTasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            while (!stop.IsCancellationRequested)
            {
                var id = ids[random.Next(ids.Length)];
                try
                {
                    var a = await writer.GetFromJsonAsync<JsonElement>($"/api/v1/regelingen/{id}");
                    var counter = Counter(a);
                    var t = Stopwatch.GetTimestamp();
                    using var response = await writer.PutAsJsonAsync($"/api/v1/regelingen/{id}", new
                    {
                        naam = a.GetProperty("naam").GetString(), samenwerkingsvorm = a.GetProperty("samenwerkingsvorm").GetString(),
                        status = a.GetProperty("status").GetString(), datumInwerkingtreding = a.GetProperty("datumInwerkingtreding").GetString(),
                        datumOpheffing = a.GetProperty("datumOpheffing").GetString(), taken = $"teller={counter + 1}", versie = a.GetProperty("versie").GetInt32(),
                    });
                    writeLatency.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    if (response.StatusCode == HttpStatusCode.OK) { saved.AddOrUpdate(id, 1, (_, n) => n + 1); Interlocked.Increment(ref writes); }
                    else if (response.StatusCode == HttpStatusCode.Conflict) Interlocked.Increment(ref conflicts);
                    else if (otherErrors < 3) Console.Error.WriteLine($"PUT {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    Count(response.StatusCode);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref otherErrors); }
            }
        }));

        await Task.WhenAll(readerTasks.Concat(writerTasks));
        clock.Stop();
        await sampler;

        var lost = 0;
        foreach (var id in ids)
        {
            var a = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/regelingen/{id}");
            if (Counter(a) != saved.GetValueOrDefault(id)) { lost++; Console.Error.WriteLine($"arrangement {id}: counter {Counter(a)}, successful PUTs {saved.GetValueOrDefault(id)}"); }
        }
        static double P(IEnumerable<double> xs, double q) { var a = xs.Order().ToArray(); return a.Length == 0 ? 0 : a[Math.Min(a.Length - 1, (int)Math.Ceiling(q * a.Length) - 1)]; }
        return new MixedResult(clock.Elapsed, reads, writes, conflicts, serverErrors, otherErrors, lost,
            P(readLatency, 0.5), P(readLatency, 0.99), P(writeLatency, 0.5), P(writeLatency, 0.99), memory);
    }

    static int Counter(JsonElement a) =>
        a.GetProperty("taken").GetString() is { } t && t.StartsWith("teller=", StringComparison.Ordinal) ? int.Parse(t["teller=".Length..]) : 0;
}
