using System.Diagnostics;
using Microsoft.Playwright;

namespace Verbonden.LoadTest;

/// <summary>Time for Debian's Chromium to load /netwerk (server render of the SVG plus browser layout) up to the load event.</summary>
public static class NetworkPage
{
    public static async Task<string> Measure(string baseUrl, int runs)
    {
        using var pw = await Playwright.CreateAsync();
        await using var browser = await pw.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/netwerk"); // warm-up: JIT, EF model, first render
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await page.GotoAsync(baseUrl + "/netwerk", new() { WaitUntil = WaitUntilState.Load });
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        var drawn = await page.Locator("svg.network g.arr").CountAsync();
        times.Sort();
        return $"network page: {drawn} arrangements drawn; load event after {times[0]:F0} ms (best), {times[times.Count / 2]:F0} ms (median), {times[^1]:F0} ms (worst) over {runs} runs";
    }
}
