using System.Diagnostics;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Testing;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Bench;

/// <summary>
/// Scans of the samples (printed by Chromium, rendered by poppler at 200 dpi, degraded as a scanner does, in an image-only
/// PDF) read by OCR on one core: seconds per page, cells exact per 1,000, and of the wrong cells how many were flagged
/// (ocr-uncertain or a broken rule on the cell, its row or its table) or silent.
/// </summary>
public static class OcrBench
{
    public static async Task RunAsync(byte[][] samples)
    {
        Harness.PinToOneCore();
        var reports = samples.Select(s => ReportReader.Read(s)).ToList();
        var printed = new List<byte[]>();
        foreach (var report in reports) printed.Add(await ReportPdf.WriteAsync(report));
        Console.WriteLine($"samples: {reports.Count}");
        foreach (var how in Degradation.All)
        {
            var pages = printed.Select(p => Scanner.Render(p, how.Dpi)).ToList();
            var (cells, exact, flagged, silent, pageCount) = (0, 0, 0, 0, 0);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < reports.Count; i++)
            {
                var degraded = Scanner.Scan(pages[i], how);
                pageCount += degraded.Count;
                var read = ReportReader.Read(Scanner.Pdf(degraded, how.JpegQuality));
                var (wrong, unflagged) = Scanner.Misreads(reports[i], read);
                (cells, exact, flagged, silent) = (cells + ReportCells.All.Count, exact + ReportCells.All.Count - wrong.Count,
                    flagged + wrong.Count - unflagged.Count, silent + unflagged.Count);
                foreach (var page in degraded) page.Dispose();
            }
            foreach (var page in pages.SelectMany(p => p)) page.Dispose();
            Console.WriteLine($"{how.Name,-12} {clock.Elapsed.TotalSeconds / pageCount,5:F2} s/page  exact {1000.0 * exact / cells,6:F1}‰  wrong {cells - exact} (flagged {flagged}, silent {silent})");
        }
    }
}
