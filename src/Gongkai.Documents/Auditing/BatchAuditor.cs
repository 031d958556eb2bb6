using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Supervision;

namespace Gongkai.Documents.Auditing;

/// <summary>
/// Reads and audits many files at once, as a supervising office receives them: an unreadable file is listed with its
/// reason and does not stop the batch, and a report is checked against the same agency's report of the year before.
/// </summary>
public static class BatchAuditor
{
    /// <summary>Files and folders (read recursively) expanded into the files to read, in a stable order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [p]).ToList();

    /// <summary>
    /// Reads and audits every file (on all cores), then yields the results in the order of the files. To keep a folder of
    /// thousands small, a report's narrative text is released once it is audited; a report that has the same agency's
    /// report of the year before in the batch is read again, with that one, for the cross-year rules.
    /// </summary>
    /// <param name="previous">The previous year's report for every file; where null, each report is paired with the
    /// batch's report of the same agency for the year before, if there is one.</param>
    /// <param name="progress">Called with the count of files read so far, one call at a time.</param>
    /// <param name="pages">Told of each scanned page read by OCR (seconds a page), with the file's name, one call at a time.</param>
    public static IEnumerable<AuditedReport> Audit(IReadOnlyList<string> files, AnnualReport? previous, Action<int>? progress = null, Action<string>? pages = null)
    {
        var audited = new AuditedReport[files.Count];
        var prints = new NarrativeDocument[files.Count][];
        var done = 0;
        var gate = new object();
        Parallel.For(0, files.Count, i =>
        {
            var (file, report, error) = ReadOne(files[i], pages is null ? null : m => { lock (gate) pages($"{Path.GetFileName(files[i])}：{m}"); });
            audited[i] = report is null ? new AuditedReport(file, null, error, []) : new AuditedReport(file, report, null, Auditor.Audit(report, previous));
            prints[i] = report is null ? [] : NarrativeCopies.Compared
                .Select(s => new NarrativeDocument(i, report.Agency ?? file, report.Year ?? 0, s, NarrativeCopies.Fingerprint(report.SectionText.GetValueOrDefault(s))))
                .ToArray();
            report?.ReleaseNarrative();
            lock (gate) progress?.Invoke(++done);
        });
        var copies = CopiesAcrossAgencies(files, prints);
        var byAgencyYear = previous is not null ? [] : audited
            .Select((a, i) => (a.Report, File: i))
            .Where(r => r.Report is { Agency: not null, Year: not null })
            .GroupBy(r => (r.Report!.Agency!, r.Report!.Year!.Value))
            .ToDictionary(g => g.Key, g => g.First().File);
        for (var i = 0; i < audited.Length; i++)
        {
            var result = audited[i];
            if (result.Report is { Agency: { } agency, Year: { } year } && byAgencyYear.TryGetValue((agency, year - 1), out var before))
                result = AuditWithPrevious(result.File, files[before]);
            yield return copies.TryGetValue(i, out var copied) ? result with { Findings = [.. result.Findings, .. copied] } : result;
        }
    }

    /// <summary>
    /// The <c>copied</c> warnings of the batch: on each of two reports of different agencies whose same section shares its
    /// text, naming the other file (the same agency's year before is <see cref="Gongkai.Audit.Rules.CopiedRule"/>'s).
    /// </summary>
    private static Dictionary<int, List<Finding>> CopiesAcrossAgencies(IReadOnlyList<string> files, NarrativeDocument[][] prints)
    {
        var warnings = new Dictionary<int, List<Finding>>();
        void Warn(NarrativeDocument on, NarrativeDocument other, double similarity)
        {
            if (!warnings.TryGetValue(on.Report, out var list)) warnings[on.Report] = list = [];
            list.Add(Gongkai.Audit.Rules.CopiedRule.SharedWith(on.Section, similarity, $"{Path.GetFileName(files[other.Report])}（{other.Agency}）"));
        }
        foreach (var pair in NarrativeCopies.Find(prints.SelectMany(p => p).ToList(), (a, b) => a.Agency != b.Agency))
        {
            Warn(pair.A, pair.B, pair.Similarity);
            Warn(pair.B, pair.A, pair.Similarity);
        }
        return warnings;
    }

    /// <summary>The full audit of a report against its previous year's, both read again with their narrative.</summary>
    private static AuditedReport AuditWithPrevious(string file, string previousFile)
    {
        var (_, report, error) = ReadOne(file);
        var (_, previous, _) = ReadOne(previousFile);
        return report is null ? new AuditedReport(file, null, error, []) : new AuditedReport(file, report, null, Auditor.Audit(report, previous));
    }

    public static (string File, AnnualReport? Report, string? Error) ReadOne(string file, Action<string>? pages = null)
    {
        var (report, error) = Read(() => ReportReader.Read(file, pages));
        return (file, report, error);
    }

    /// <summary>A report from its bytes, or the reason it cannot be read; never throws for a bad document.</summary>
    public static (AnnualReport? Report, string? Error) ReadOne(byte[] document) => Read(() => ReportReader.Read(document));

    private static (AnnualReport? Report, string? Error) Read(Func<AnnualReport> read)
    {
        try
        {
            return (read(), null);
        }
        catch (UnreadableReportException e)
        {
            return (null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A file no reader foresaw must not stop the batch; the type name is for whoever reports the bug.
            return (null, $"读取时发生意外错误（{e.GetType().Name}），未能读取。");
        }
    }
}
