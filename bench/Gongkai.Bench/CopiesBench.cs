using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Bench;

/// <summary>
/// 雷同 over a province: 5,000 agencies × 3 years of narratives (sections 一, 五, 六 of real lengths), written from the real
/// reports' sentences (which every agency then shares, as the phrases of policy are) and each agency's own sentences; 1% of
/// the reports copied one section of another agency's, with their own figures and a line added. Time to fingerprint, to
/// find the pairs, recall of the planted copies and pairs found that were not planted.
/// </summary>
public static class CopiesBench
{
    public static void Run(byte[][] samples, int agencies = 5_000, int years = 3)
    {
        var pool = samples.Select(s => ReportReader.Read(s))
            .SelectMany(r => NarrativeCopies.Compared.Select(s => r.SectionText.GetValueOrDefault(s) ?? ""))
            .SelectMany(t => t.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length >= 8).Distinct().ToArray();
        var random = new Random(2026);
        var lengths = new Dictionary<ReportSection, int> { [ReportSection.Overview] = 2_500, [ReportSection.Problems] = 600, [ReportSection.Other] = 300 };
        var texts = new List<string>();
        var meta = new List<(string Agency, int Year, ReportSection Section)>();
        for (var a = 0; a < agencies; a++)
            for (var y = 0; y < years; y++)
                foreach (var section in NarrativeCopies.Compared)
                {
                    texts.Add(Text(random, pool, lengths[section]));
                    meta.Add(($"机关{a}", 2023 + y, section));
                }
        var planted = new HashSet<(int, int)>();
        var reports = agencies * years;
        for (var i = 0; i < reports / 100; i++)
        {
            var section = random.Next(3);
            var from = random.Next(reports) * 3 + section;
            var to = random.Next(reports) * 3 + section;
            if (meta[from].Agency == meta[to].Agency || planted.Any(p => p.Item1 == to || p.Item2 == to || p.Item1 == from || p.Item2 == from)) continue;
            texts[to] = System.Text.RegularExpressions.Regex.Replace(texts[from], "[0-9]+", _ => random.Next(1, 999).ToString(CultureInfo.InvariantCulture)) + "本年度共发布信息" + random.Next(10, 500).ToString(CultureInfo.InvariantCulture) + "条。";
            planted.Add((Math.Min(from, to), Math.Max(from, to)));
        }
        Console.WriteLine($"copies: {reports:N0} reports ({agencies:N0} agencies × {years} years), {texts.Sum(t => (long)t.Length) / reports:N0} characters of narrative each, {planted.Count} planted copies, {pool.Length} shared sentences from the samples");

        var watch = Stopwatch.StartNew();
        var documents = new NarrativeDocument[texts.Count];
        Parallel.For(0, texts.Count, i => documents[i] = new NarrativeDocument(i, meta[i].Agency, meta[i].Year, meta[i].Section, NarrativeCopies.Fingerprint(texts[i])));
        var fingerprinted = watch.Elapsed;
        var pairs = NarrativeCopies.Find(documents);
        var total = watch.Elapsed;
        var found = pairs.Select(p => (p.A.Report, p.B.Report)).ToHashSet();
        Console.WriteLine($"  fingerprints: {fingerprinted.TotalSeconds:F1} s on {Environment.ProcessorCount} cores ({documents.Sum(d => (long)d.Prints.Length):N0} fingerprints)");
        Console.WriteLine($"  pairs found: {(total - fingerprinted).TotalSeconds:F1} s on one core; total {total.TotalSeconds:F1} s");
        foreach (var (a, b) in planted.Where(p => !found.Contains(p)))
            Console.WriteLine($"  missed: {meta[a]} and {meta[b]}: {NarrativeCopies.Similarity(documents[a].Prints, documents[b].Prints):P0} of all fingerprints alike ({documents[a].Prints.Length} and {documents[b].Prints.Length})");
        Console.WriteLine($"  recall: {planted.Count(found.Contains)}/{planted.Count}; pairs not planted: {found.Count(p => !planted.Contains(p))}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }

    /// <summary>About <paramref name="length"/> characters: two in five sentences from the real reports, the rest the agency's own.</summary>
    private static string Text(Random random, string[] pool, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            if (random.Next(5) < 2) text.Append(pool[random.Next(pool.Length)]);
            else
                for (var w = random.Next(15, 40); w > 0; w--) text.Append((char)random.Next(0x4E00, 0x9FA5));
            text.Append(random.Next(1, 500).ToString(CultureInfo.InvariantCulture)).Append("件。");
        }
        return text.ToString();
    }
}
