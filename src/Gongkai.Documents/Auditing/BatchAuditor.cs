using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Reports;

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

    /// <param name="previous">The previous year's report for every file; where null, each report is paired with the
    /// batch's report of the same agency for the year before, if there is one.</param>
    public static IReadOnlyList<AuditedReport> Audit(IReadOnlyList<string> files, AnnualReport? previous, IProgress<int>? progress = null)
    {
        var read = new (string File, AnnualReport? Report, string? Error)[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            read[i] = ReadOne(files[i]);
            progress?.Report(i + 1);
        }
        var byAgencyYear = read.Where(r => r.Report is { Agency: not null, Year: not null })
            .GroupBy(r => (r.Report!.Agency, r.Report.Year))
            .ToDictionary(g => g.Key, g => g.First().Report!);
        return read.Select(r => r.Report is null
                ? new AuditedReport(r.File, null, r.Error, [])
                : new AuditedReport(r.File, r.Report, null, Auditor.Audit(r.Report, previous ?? PreviousOf(r.Report, byAgencyYear))))
            .ToList();
    }

    public static (string File, AnnualReport? Report, string? Error) ReadOne(string file)
    {
        try
        {
            return (file, ReportReader.Read(file), null);
        }
        catch (UnreadableReportException e)
        {
            return (file, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A file no reader foresaw must not stop the batch; the type name is for whoever reports the bug.
            return (file, null, $"读取时发生意外错误（{e.GetType().Name}），未能读取。");
        }
    }

    private static AnnualReport? PreviousOf(AnnualReport report, Dictionary<(string?, int?), AnnualReport> byAgencyYear) =>
        report is { Agency: not null, Year: { } year } ? byAgencyYear.GetValueOrDefault((report.Agency, year - 1)) : null;
}
