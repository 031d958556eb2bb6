using System.Runtime.InteropServices;

namespace Gongkai.Supervision;

/// <summary>One narrative section of one report, as the 雷同 check compares it: who wrote it, when, and its fingerprints.</summary>
public sealed record NarrativeDocument(int Report, string Agency, int Year, ReportSection Section, ulong[] Prints);

/// <summary>Two reports whose same section shares most of its text: how much of the shorter one is in the other.</summary>
public sealed record CopiedPair(NarrativeDocument A, NarrativeDocument B, double Similarity);

/// <summary>
/// 雷同 across agencies and years: the narrative sections (一, 五, 六) of every report fingerprinted by winnowing (Schleimer,
/// Wilkerson and Aiken 2003: of every window of hashed 10-character shingles, the smallest), then an inverted index from
/// fingerprint to sections. Two sections share a fingerprint wherever they share a passage longer than
/// <see cref="ShingleLength"/> + <see cref="Window"/> − 1 characters, so pairs are counted only along the index's lists and
/// a province is checked without comparing every report with every other. Boilerplate is left out twice: headings and the
/// numbered sub-titles of the format are dropped from the text, and a fingerprint that many agencies share (a phrase of
/// the format or of policy) counts for no pair. Digits and punctuation are ignored, as <see cref="Audit.Rules.CopiedRule"/>
/// ignores them: a text that changed only its figures is still a copy.
/// </summary>
public static class NarrativeCopies
{
    public const int ShingleLength = 10;
    public const int Window = 4;
    /// <summary>Share of the shorter section's fingerprints found in the other from which a pair is listed.</summary>
    public const double Threshold = 0.6;
    /// <summary>A section with fewer fingerprints (about 50 characters of its own text) is too short to call copied.</summary>
    public const int MinPrints = 20;
    /// <summary>A fingerprint shared by more agencies than this is a common phrase, not a copy.</summary>
    public const int MaxAgencies = 200;

    public static readonly ReportSection[] Compared = [ReportSection.Overview, ReportSection.Problems, ReportSection.Other];

    /// <summary>The fingerprints of a section's text, each once.</summary>
    public static ulong[] Fingerprint(string? text)
    {
        var letters = Letters(text).Text;
        if (letters.Length < ShingleLength) return [];
        var hashes = ShingleHashes(letters);
        var prints = new HashSet<ulong>();
        for (var start = 0; start + Window <= hashes.Length; start++)
        {
            var min = hashes[start];
            for (var i = 1; i < Window; i++) min = Math.Min(min, hashes[start + i]);
            prints.Add(min);
        }
        if (hashes.Length < Window) prints.Add(hashes.Min());
        return [.. prints];
    }

    /// <summary>
    /// The pairs of sections over the threshold. <paramref name="compare"/> says which two sections may be paired at all
    /// (by default: of different agencies, or of the same agency in different years).
    /// </summary>
    public static List<CopiedPair> Find(IReadOnlyList<NarrativeDocument> documents, Func<NarrativeDocument, NarrativeDocument, bool>? compare = null)
    {
        compare ??= (a, b) => a.Agency != b.Agency || a.Year != b.Year;
        var postings = new List<(ulong Print, int Document)>(documents.Sum(d => d.Prints.Length));
        for (var d = 0; d < documents.Count; d++)
            if (documents[d].Prints.Length >= MinPrints)
                foreach (var print in documents[d].Prints) postings.Add((print, d));
        var sorted = CollectionsMarshal.AsSpan(postings);
        sorted.Sort((x, y) => x.Print != y.Print ? x.Print.CompareTo(y.Print) : x.Document.CompareTo(y.Document));

        var agencies = documents.Select(d => d.Agency).Distinct().Count();
        var common = agencies >= 20 ? Math.Min(MaxAgencies, agencies / 2) : MaxAgencies;
        var shared = new Dictionary<long, int>();
        // A section's own fingerprints: those no common phrase took; the share is of these.
        var own = documents.Select(d => d.Prints.Length).ToArray();
        var run = new List<int>();
        for (var i = 0; i < sorted.Length;)
        {
            var end = i;
            while (end < sorted.Length && sorted[end].Print == sorted[i].Print) end++;
            if (end - i > 1)
            {
                run.Clear();
                for (var j = i; j < end; j++) run.Add(sorted[j].Document);
                if (end - i > common && run.Select(d => documents[d].Agency).Distinct().Count() > common)
                    foreach (var d in run) own[d]--;
                else
                    for (var a = 0; a < run.Count; a++)
                        for (var b = a + 1; b < run.Count; b++)
                        {
                            var (x, y) = (documents[run[a]], documents[run[b]]);
                            if (x.Section != y.Section || !compare(x, y)) continue;
                            var key = (long)run[a] * documents.Count + run[b];
                            shared[key] = shared.GetValueOrDefault(key) + 1;
                        }
            }
            i = end;
        }

        return shared
            .Select(p => (A: (int)(p.Key / documents.Count), B: (int)(p.Key % documents.Count), Shared: p.Value))
            .Where(p => Math.Min(own[p.A], own[p.B]) >= MinPrints)
            .Select(p => new CopiedPair(documents[p.A], documents[p.B], (double)p.Shared / Math.Min(own[p.A], own[p.B])))
            .Where(p => p.Similarity >= Threshold)
            .OrderByDescending(p => p.Similarity).ThenBy(p => p.A.Report).ThenBy(p => p.B.Report)
            .ToList();
    }

    /// <summary>The share of the shorter section's fingerprints found in the other (0 where either is too short to judge).</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        if (a.Length < MinPrints || b.Length < MinPrints) return 0;
        var (small, large) = a.Length <= b.Length ? (a, b.ToHashSet()) : (b, a.ToHashSet());
        return (double)small.Count(large.Contains) / small.Length;
    }

    /// <summary>
    /// The text cut into passages, each marked whether the other text has it too (a shingle of both), for the two texts side
    /// by side.
    /// </summary>
    public static List<(string Text, bool Shared)> Passages(string text, string other)
    {
        var (letters, places) = Letters(text);
        var theirs = Letters(other).Text;
        var shared = new bool[text.Length];
        if (letters.Length >= ShingleLength && theirs.Length >= ShingleLength)
        {
            var known = ShingleHashes(theirs).ToHashSet();
            var mine = ShingleHashes(letters);
            for (var i = 0; i < mine.Length; i++)
                if (known.Contains(mine[i]))
                    for (var c = places[i]; c <= places[i + ShingleLength - 1]; c++) shared[c] = true;
        }
        var passages = new List<(string, bool)>();
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && shared[end] == shared[start]) end++;
            passages.Add((text[start..end], shared[start]));
            start = end;
        }
        return passages;
    }

    /// <summary>The letters of a text (Chinese characters and Latin letters) without its headings, and where each stood.</summary>
    private static (string Text, int[] Places) Letters(string? text)
    {
        var letters = new System.Text.StringBuilder();
        var places = new List<int>();
        var offset = 0;
        foreach (var line in (text ?? "").Split('\n'))
        {
            if (!IsHeading(line))
                for (var i = 0; i < line.Length; i++)
                    if (char.IsLetter(line[i]))
                    {
                        letters.Append(line[i]);
                        places.Add(offset + i);
                    }
            offset += line.Length + 1;
        }
        return (letters.ToString(), [.. places]);
    }

    /// <summary>A numbered sub-title of the format ("（一）主动公开情况", "二、…"), a line every report has.</summary>
    private static bool IsHeading(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= 20 && !trimmed.EndsWith('。') && (trimmed[0] is '（' or '(' || "一二三四五六七八九十".Contains(trimmed[0], StringComparison.Ordinal) || char.IsDigit(trimmed[0]));
    }

    /// <summary>A 64-bit hash of each shingle (polynomial, rolling), mixed so the windows' minima are spread evenly.</summary>
    private static ulong[] ShingleHashes(string letters)
    {
        const ulong Base = 1_000_003;
        var power = 1UL;
        for (var i = 1; i < ShingleLength; i++) power *= Base;
        var hashes = new ulong[letters.Length - ShingleLength + 1];
        var hash = 0UL;
        for (var i = 0; i < letters.Length; i++)
        {
            if (i >= ShingleLength) hash -= letters[i - ShingleLength] * power;
            hash = hash * Base + letters[i];
            if (i >= ShingleLength - 1) hashes[i - ShingleLength + 1] = Mix(hash);
        }
        return hashes;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
