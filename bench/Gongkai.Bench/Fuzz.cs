using Gongkai.Data.Supervision;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Bench;

/// <summary>
/// Mutated reports of every kind, read and audited. Two oracles: nothing but <see cref="UnreadableReportException"/> may
/// escape the reader or the auditor (a crash otherwise), and a change that keeps the meaning — a zero-width character, a
/// full-width digit, spaces at a line's end or beside a tab, CRLF line ends — must give the very cells of the unchanged
/// file (a silent misread otherwise). Other changes (byte flips, truncations, deleted, duplicated and shifted lines,
/// huge and negative numbers) must only be read or refused.
/// </summary>
public static class Fuzz
{
    private sealed record Seed(string Kind, byte[] Bytes, string Tables);

    public static async Task RunAsync(int inputs, byte[][] samples)
    {
        var seeds = await SeedsAsync(samples);
        Console.WriteLine($"seeds: {seeds.Count} ({string.Join(", ", seeds.GroupBy(s => s.Kind).Select(g => $"{g.Count()} {g.Key}"))})");
        var counts = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentQueue<string>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(0, inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(i);
            // PDFs are slow to read and only their bytes are mutated: one input in fifty.
            var pool = i % 50 == 0 ? seeds.Where(s => s.Kind == "pdf").ToList() : seeds.Where(s => s.Kind != "pdf").ToList();
            var seed = pool[random.Next(pool.Count)];
            var (name, bytes, keepsMeaning) = Mutate(seed, random);
            counts.AddOrUpdate($"{seed.Kind} {name}", 1, (_, n) => n + 1);
            try
            {
                var report = ReportReader.Read(bytes);
                Auditor.Audit(report);
                counts.AddOrUpdate("read", 1, (_, n) => n + 1);
                if (keepsMeaning && Tables(report) != seed.Tables)
                {
                    counts.AddOrUpdate("SILENT MISREAD", 1, (_, n) => n + 1);
                    failures.Enqueue($"misread: input {i}, {seed.Kind} {name}");
                    Keep(i, bytes);
                }
            }
            catch (UnreadableReportException)
            {
                counts.AddOrUpdate(keepsMeaning ? "REFUSED THOUGH UNCHANGED IN MEANING" : "refused", 1, (_, n) => n + 1);
                if (keepsMeaning) failures.Enqueue($"refused: input {i}, {seed.Kind} {name}");
                if (keepsMeaning) Keep(i, bytes);
            }
            catch (Exception e)
            {
                counts.AddOrUpdate("CRASH", 1, (_, n) => n + 1);
                failures.Enqueue($"crash: input {i}, {seed.Kind} {name}: {e.GetType().Name}: {e.Message}");
                Keep(i, bytes);
            }
        });
        Console.WriteLine($"{inputs} inputs in {watch.Elapsed.TotalSeconds:F0} s ({inputs / watch.Elapsed.TotalSeconds:F0}/s, {Environment.ProcessorCount} cores)");
        foreach (var (key, n) in counts.OrderBy(c => c.Key, StringComparer.Ordinal)) Console.WriteLine($"  {key}: {n}");
        Console.WriteLine($"crashes: {counts.GetValueOrDefault("CRASH")}, silent misreads: {counts.GetValueOrDefault("SILENT MISREAD")}, " +
                          $"meaning-keeping inputs refused: {counts.GetValueOrDefault("REFUSED THOUGH UNCHANGED IN MEANING")}");
        foreach (var failure in failures.Take(20)) Console.WriteLine("  " + failure);
    }

    /// <summary>A failing input is kept in the temp folder to be read again by hand.</summary>
    private static void Keep(int input, byte[] bytes) => File.WriteAllBytes(Path.Combine(Path.GetTempPath(), $"gongkai-fuzz-{input}.bin"), bytes);

    private static string Tables(AnnualReport report) => StoredReport.Tables(report);

    /// <summary>Each sample as published (text), and written as tab text, Markdown, HTML, DOCX and PDF.</summary>
    private static async Task<List<Seed>> SeedsAsync(byte[][] samples)
    {
        var seeds = new List<Seed>();
        var reports = samples.Select(s => ReportReader.Read(s)).ToList();
        void Add(string kind, byte[] bytes) => seeds.Add(new Seed(kind, bytes, Tables(ReportReader.Read(bytes))));
        foreach (var (sample, report) in samples.Zip(reports))
        {
            Add("text", sample);
            Add("tab-text", Encoding.UTF8.GetBytes(ReportText.TabSeparated(report)));
            Add("markdown", Encoding.UTF8.GetBytes(Markdown(ReportText.TabSeparated(report))));
            Add("html", Encoding.UTF8.GetBytes(ReportHtml.Write(report)));
            Add("docx", ReportDocx.Write(report));
        }
        foreach (var pdf in await Harness.PrintPdfs(reports.Select(r => ReportHtml.Write(r)))) Add("pdf", pdf);
        return seeds;
    }


    /// <summary>Tab rows as Markdown pipe rows, a separator line after each table's first row.</summary>
    private static string Markdown(string tabText)
    {
        var output = new List<string>();
        var inTable = false;
        foreach (var line in tabText.Split('\n'))
        {
            if (!line.Contains('\t'))
            {
                output.Add(line);
                inTable = false;
                continue;
            }
            var cells = line.Split('\t');
            output.Add("| " + string.Join(" | ", cells) + " |");
            if (!inTable) output.Add("|" + string.Concat(cells.Select(_ => " --- |")));
            inTable = true;
        }
        return string.Join('\n', output);
    }

    private static readonly string[] MeaningKeeping = ["zero-width", "full-width digit", "trailing spaces", "space beside a tab", "CRLF"];
    private static readonly string[] Changing = ["byte flip", "truncation", "deleted line", "duplicated line", "shifted cells", "huge number", "negative number"];

    private static (string Name, byte[] Bytes, bool KeepsMeaning) Mutate(Seed seed, Random random)
    {
        if (seed.Kind == "pdf") return random.Next(2) == 0 ? ("byte flip", FlipBytes(seed.Bytes, random), false) : ("truncation", Truncate(seed.Bytes, random), false);
        if (seed.Kind == "docx")
        {
            var pick = random.Next(4);
            if (pick == 0) return ("byte flip", FlipBytes(seed.Bytes, random), false);
            if (pick == 1) return ("truncation", Truncate(seed.Bytes, random), false);
            var keeps = pick == 2 ? "zero-width" : "full-width digit";
            return (keeps, EditDocumentXml(seed.Bytes, xml => EditText(xml, keeps, random, insideMarkup: true)), true);
        }
        var text = Encoding.UTF8.GetString(seed.Bytes);
        var all = MeaningKeeping.Concat(Changing).ToArray();
        var name = all[random.Next(all.Length)];
        if (name is "byte flip" or "truncation") return (name, name == "byte flip" ? FlipBytes(seed.Bytes, random) : Truncate(seed.Bytes, random), false);
        // Markup keeps its meaning only where the change falls in text, not inside a tag.
        return (name, Encoding.UTF8.GetBytes(EditText(text, name, random, insideMarkup: seed.Kind == "html")), MeaningKeeping.Contains(name));
    }

    private static string EditText(string text, string mutation, Random random, bool insideMarkup)
    {
        var lines = text.Split('\n').ToList();
        switch (mutation)
        {
            case "zero-width":
                return TextPosition(text, random, insideMarkup) is var place and >= 0
                    ? text.Insert(place, random.Next(3) switch { 0 => "\u200B", 1 => "\u200D", _ => "\uFEFF" }) : text;
            case "full-width digit":
                {
                    var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (!insideMarkup || InText(text, i))).ToList();
                    if (digits.Count == 0) return text;
                    var at = digits[random.Next(digits.Count)];
                    return string.Concat(text.AsSpan(0, at), ((char)('０' + (text[at] - '0'))).ToString(), text.AsSpan(at + 1));
                }
            case "trailing spaces":
                {
                    var i = random.Next(lines.Count);
                    lines[i] += new string(' ', 1 + random.Next(3));
                    return string.Join('\n', lines);
                }
            case "space beside a tab":
                {
                    var tabs = Enumerable.Range(0, text.Length).Where(i => text[i] == '\t').ToList();
                    if (tabs.Count == 0) return text;
                    var at = tabs[random.Next(tabs.Count)];
                    return text.Insert(random.Next(2) == 0 ? at : at + 1, " ");
                }
            case "CRLF":
                return text.Replace("\n", "\r\n", StringComparison.Ordinal);
            case "deleted line":
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
            case "duplicated line":
                {
                    var i = random.Next(lines.Count);
                    lines.Insert(i, lines[i]);
                    return string.Join('\n', lines);
                }
            case "shifted cells":
                {
                    var tabbed = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains('\t') || lines[i].Contains('|')).ToList();
                    if (tabbed.Count == 0) return text;
                    var i = tabbed[random.Next(tabbed.Count)];
                    lines[i] = (lines[i].Contains('|') ? "| " : "\t") + lines[i];
                    return string.Join('\n', lines);
                }
            case "huge number" or "negative number":
                {
                    var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))).ToList();
                    if (digits.Count == 0) return text;
                    var at = digits[random.Next(digits.Count)];
                    return text.Insert(at, mutation == "huge number" ? new string('9', 40) : "-");
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }

    /// <summary>A position in the text: anywhere in plain text; in markup, between tags (-1 if none was found).</summary>
    private static int TextPosition(string text, Random random, bool insideMarkup)
    {
        for (var tries = 0; tries < 1000; tries++)
        {
            var at = random.Next(text.Length);
            if (!insideMarkup || InText(text, at)) return at;
        }
        return -1;
    }

    /// <summary>Whether the position is in character data: the nearest angle bracket before it closes a tag.</summary>
    private static bool InText(string text, int at)
    {
        var open = text.LastIndexOf('<', Math.Max(at - 1, 0));
        var close = text.LastIndexOf('>', Math.Max(at - 1, 0));
        return close > open && text[at] != '<' && text[at] != '&'
            && !(at > 0 && text[at - 1] == '&') && text.LastIndexOf('&', Math.Max(at - 1, 0)) <= text.LastIndexOf(';', Math.Max(at - 1, 0));
    }

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = 1 + random.Next(8); n > 0; n--) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] Truncate(byte[] bytes, Random random) => bytes[..random.Next(1, bytes.Length)];

    private static byte[] EditDocumentXml(byte[] docx, Func<string, string> edit)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName != "word/document.xml")
                {
                    from.CopyTo(to);
                    continue;
                }
                using var reader = new StreamReader(from);
                var bytes = Encoding.UTF8.GetBytes(edit(reader.ReadToEnd()));
                to.Write(bytes);
            }
        return output.ToArray();
    }
}
