using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using OpenCvSharp;
using Xunit.Abstractions;

namespace Gongkai.Documents.Tests.Reading.Scans;

/// <summary>
/// Reports that exist only as pictures: each sample printed by Chromium, rendered by poppler at a scanner's resolution,
/// degraded as a scanner does, and wrapped as an image-only PDF, a multi-page TIFF or a JPEG, then read by Tesseract.
/// A clean scan must give every cell; a degraded one may misread a cell, but never silently.
/// </summary>
public class ScannedReportTests(Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public async Task A_clean_scan_as_an_image_only_PDF_gives_every_cell_and_finding(string sample)
    {
        var published = Samples.Read(sample);
        var pages = await PagesAsync(published);

        var read = ReportReader.Read(Scanner.Pdf(pages));

        Assert.Equal(Samples.Tables(published), Samples.Tables(read));
        Assert.Equal(published.Year, read.Year);
        Assert.Equal(Auditor.Audit(published).Select(f => (f.Rule, f.Location)),
            Auditor.Audit(read).Where(f => f.Rule != RuleIds.OcrUncertain).Select(f => (f.Rule, f.Location)));
        Assert.Equal(ReportCells.All.Count(c => ReportCells.Get(published, c) is not null), read.ScannedValues.Count);
    }

    public static IEnumerable<object[]> Degraded =>
        Degradation.All.Where(d => d != Degradation.Clean).Select(d => new object[] { d.Name });

    [Theory]
    [MemberData(nameof(Degraded))]
    public async Task A_degraded_scan_misreads_no_cell_silently(string degradation)
    {
        var how = Degradation.All.Single(d => d.Name == degradation);
        var published = Samples.Read(Samples.Tongjiang);
        var pages = Scanner.Scan(await PagesAsync(published, how.Dpi), how);
        // Each kind of degradation in the container that brings it: JPEG in a PDF, grey paper and blur in a TIFF.
        var file = how switch
        {
            { JpegQuality: > 0 } => Scanner.Pdf(pages, how.JpegQuality),
            { Paper: < 255 } or { Blur: > 0 } => Scanner.Tiff(pages),
            _ => Scanner.Pdf(pages),
        };

        AssertNoSilentMisread(published, ReportReader.Read(file), degradation);
    }

    [Fact]
    public async Task A_table_printed_without_rulings_is_read_by_its_columns_and_misreads_no_cell_silently()
    {
        var published = Samples.Read(Samples.Tongjiang);
        var html = ReportHtml.Write(published).Replace("</style>", "table, th, td { border: none !important; }</style>", StringComparison.Ordinal);
        var pages = Scanner.Render(await chromium.PrintToPdf(html, pageNumbers: true));

        var read = ReportReader.Read(Scanner.Pdf(pages));

        AssertNoSilentMisread(published, read, "without rulings");
        Assert.True(read.ScannedValues.Count > 150, $"{read.ScannedValues.Count} cells read from the scan");
    }

    private void AssertNoSilentMisread(AnnualReport published, AnnualReport read, string degradation)
    {
        var (wrong, silent) = Scanner.Misreads(published, read);
        output.WriteLine($"{degradation}: {ReportCells.All.Count - wrong.Count} of {ReportCells.All.Count} cells exact, "
            + $"{Auditor.Audit(read).Count(f => f.Rule == RuleIds.OcrUncertain)} flagged ocr-uncertain");
        Assert.True(silent.Count == 0, "misread and not flagged: " + string.Join("; ", silent.Select(c => $"{c.Describe()} {ReportCells.Get(published, c)}→{ReportCells.Get(read, c)}")));
        Assert.Equal(published.Year, read.Year);
    }

    private async Task<List<Mat>> PagesAsync(AnnualReport report, int dpi = 200) =>
        Scanner.Render(await chromium.PrintToPdf(ReportHtml.Write(report), pageNumbers: true), dpi);
}
