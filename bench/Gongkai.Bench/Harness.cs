using System.Diagnostics;
using System.Runtime.Versioning;
using Microsoft.Playwright;

[assembly: SupportedOSPlatform("linux")]

namespace Gongkai.Bench;

public static class Harness
{
    private const long CpuOne = 0b10;

    /// <summary>Pins the process to one core, so "per second" means per core.</summary>
    public static void PinToOneCore()
    {
        Process.GetCurrentProcess().ProcessorAffinity = (nint)CpuOne;
    }

    public static IDisposable OneCoreScope()
    {
        var process = Process.GetCurrentProcess();
        var all = process.ProcessorAffinity;
        PinToOneCore();
        return new Restore(() => process.ProcessorAffinity = all);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>Runs the work over the inputs round-robin for some seconds after a warm-up, and prints items per second.</summary>
    public static double PerSecond(string name, byte[][] inputs, Func<byte[], int> work, int seconds = 3)
    {
        // Warm up for five seconds, so tiered compilation has promoted the hot methods before the clock starts: on one
        // core the JIT's background compilation shares the core, and a one-second warm-up measured mostly tier-0 code.
        var watch = Stopwatch.StartNew();
        for (var i = 0; watch.ElapsedMilliseconds < 5000 || i < inputs.Length; i++) work(inputs[i % inputs.Length]);
        watch.Restart();
        var n = 0;
        var sink = 0;
        while (watch.ElapsedMilliseconds < seconds * 1000)
            sink += work(inputs[n++ % inputs.Length]);
        var rate = n / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: {rate:F0}/s ({n} in {watch.Elapsed.TotalSeconds:F1} s, checksum {sink})");
        return rate;
    }

    public sealed record Timings(double Median, double P95);

    /// <summary>Runs the work <paramref name="times"/> times after a few warm-up runs and prints the median and 95th percentile.</summary>
    public static async Task<Timings> TimeEachAsync(string name, int times, Func<Task> work)
    {
        for (var i = 0; i < 5; i++) await work();
        var milliseconds = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            milliseconds.Add(watch.Elapsed.TotalMilliseconds);
        }
        milliseconds.Sort();
        var timings = new Timings(milliseconds[milliseconds.Count / 2], milliseconds[(int)Math.Ceiling(milliseconds.Count * 0.95) - 1]);
        Console.WriteLine($"{name}: p50 {timings.Median:F1} ms, p95 {timings.P95:F1} ms ({times} runs)");
        return timings;
    }

    public static void Time(string name, int items, Func<int> work)
    {
        var watch = Stopwatch.StartNew();
        var exit = work();
        Console.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:F2} s, {items / watch.Elapsed.TotalSeconds:F0}/s (exit {exit})");
    }

    public static async Task<byte[][]> PrintPdfs(IEnumerable<string> pages)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var pdfs = new List<byte[]>();
        foreach (var html in pages)
        {
            var page = await browser.NewPageAsync();
            await page.SetContentAsync(html);
            pdfs.Add(await page.PdfAsync(new() { Format = "A4" }));
            await page.CloseAsync();
        }
        return pdfs.ToArray();
    }

    /// <summary>A folder of <paramref name="count"/> files cycling through the given contents.</summary>
    public static string WriteFolder(byte[][] contents, int count, string extension)
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-bench-").FullName;
        for (var i = 0; i < count; i++)
            File.WriteAllBytes(Path.Combine(folder, $"{i:D5}.{extension}"), contents[i % contents.Length]);
        return folder;
    }
}
