using System.Diagnostics;
using Gongkai.Audit;
using Gongkai.Reports;
using OpenCvSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Testing;

/// <summary>What a scanner does to a printed page: a sheet fed askew, lossy JPEG, grey paper, a soft focus, a page turned.</summary>
public sealed record Degradation(string Name, double Angle = 0, int JpegQuality = 0, int Paper = 255, double Blur = 0, bool Turned = false, int Dpi = 200)
{
    public static Degradation Clean { get; } = new("clean");

    public static IReadOnlyList<Degradation> All { get; } =
    [
        Clean,
        new("skew 0.5°", Angle: 0.5),
        new("skew -2°", Angle: -2),
        new("JPEG q35", JpegQuality: 35),
        new("grey paper", Paper: 200),
        new("blur", Blur: 1.0),
        new("turned 90°", Turned: true),
        new("150 dpi", Dpi: 150),
        new("300 dpi", Dpi: 300),
        new("all at once", Angle: 1.2, JpegQuality: 50, Paper: 215, Blur: 0.7),
    ];
}

/// <summary>
/// Makes scans of a printed report with real tools: poppler renders the PDF Chromium printed, OpenCV does to each page what
/// a scanner does, and the pages go into an image-only PDF (PdfPig), a multi-page TIFF or single pictures (OpenCV).
/// </summary>
public static class Scanner
{
    /// <summary>The pages of a PDF as grey pictures at the resolution a scanner would use.</summary>
    public static List<Mat> Render(byte[] pdf, int dpi = 200)
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-scan-test-");
        try
        {
            var input = Path.Combine(folder.FullName, "printed.pdf");
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", input, Path.Combine(folder.FullName, "page")]) { RedirectStandardError = true })
                ?? throw new InvalidOperationException("pdftoppm (Debian poppler-utils) did not start");
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("pdftoppm failed: " + error);
            return Directory.GetFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal).Select(p => Cv2.ImRead(p, ImreadModes.Grayscale)).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A document's pages through the scanner; a feeder turns one sheet, not all: the second (a table page) comes out sideways.</summary>
    public static List<Mat> Scan(IEnumerable<Mat> pages, Degradation how) =>
        pages.Select((page, i) => Degrade(page, how.Turned && i != 1 ? how with { Turned = false } : how)).ToList();

    /// <summary>
    /// The cells a reading of the scan got wrong, and of those the silent ones: no finding the published report does not
    /// have speaks of the cell, its row or its whole table.
    /// </summary>
    public static (List<Location> Wrong, List<Location> Silent) Misreads(AnnualReport published, AnnualReport read)
    {
        var findings = Auditor.Audit(read);
        var expected = Auditor.Audit(published).Select(f => (f.Rule, f.Location)).ToHashSet();
        var wrong = ReportCells.All.Where(c => ReportCells.Get(published, c) != ReportCells.Get(read, c)).ToList();
        return (wrong, wrong.Where(c => !findings.Any(f => !expected.Contains((f.Rule, f.Location)) && Covers(f.Location, c))).ToList());
    }

    private static bool Covers(Location finding, Location cell) =>
        finding.Table == cell.Table && (finding.Row is null || finding.Row == cell.Row) && (finding.Column is null || finding.Column == cell.Column);

    public static Mat Degrade(Mat page, Degradation how)
    {
        var result = page.Clone();
        if (how.Paper < 255)
        {
            // Grey paper with an uneven light: the white goes to the paper's grey, darker towards one edge.
            using var ends = Mat.FromPixelData(2, 1, MatType.CV_32F, new float[] { how.Paper, how.Paper - 20 });
            using var paper = new Mat();
            Cv2.Resize(ends, paper, result.Size(), 0, 0, InterpolationFlags.Linear);
            using var scaled = new Mat();
            result.ConvertTo(scaled, MatType.CV_32F, 1 / 255.0);
            Cv2.Multiply(scaled, paper, scaled);
            scaled.ConvertTo(result, MatType.CV_8U);
        }
        if (how.Blur > 0) Cv2.GaussianBlur(result, result, new Size(0, 0), how.Blur);
        if (how.Angle != 0)
        {
            using var rotation = Cv2.GetRotationMatrix2D(new Point2f(result.Width / 2f, result.Height / 2f), how.Angle, 1);
            Cv2.WarpAffine(result, result, rotation, result.Size(), InterpolationFlags.Linear, BorderTypes.Replicate);
        }
        if (how.Turned) Cv2.Rotate(result, result, RotateFlags.Rotate90Clockwise);
        if (how.JpegQuality > 0)
        {
            Cv2.ImEncode(".jpg", result, out var jpeg, new ImageEncodingParam(ImwriteFlags.JpegQuality, how.JpegQuality));
            result.Dispose();
            result = Cv2.ImDecode(jpeg, ImreadModes.Grayscale);
        }
        return result;
    }

    /// <summary>An image-only PDF, each page one picture filling an A4 page (JPEG where the scan is lossy, PNG otherwise).</summary>
    public static byte[] Pdf(IEnumerable<Mat> pages, int jpegQuality = 0)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var picture in pages)
        {
            var page = builder.AddPage(PageSize.A4, isPortrait: picture.Height >= picture.Width);
            var area = new UglyToad.PdfPig.Core.PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height);
            if (jpegQuality > 0)
            {
                Cv2.ImEncode(".jpg", picture, out var jpeg, new ImageEncodingParam(ImwriteFlags.JpegQuality, jpegQuality));
                page.AddJpeg(jpeg, area);
            }
            else
            {
                Cv2.ImEncode(".png", picture, out var png);
                page.AddPng(png, area);
            }
        }
        return builder.Build();
    }

    /// <summary>A multi-page TIFF, as a scanner's document feeder saves one.</summary>
    public static byte[] Tiff(IEnumerable<Mat> pages)
    {
        var path = Path.GetTempFileName() + ".tif";
        try
        {
            if (!Cv2.ImWrite(path, pages)) throw new InvalidOperationException("OpenCV could not write the TIFF");
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static byte[] Png(Mat page)
    {
        Cv2.ImEncode(".png", page, out var png);
        return png;
    }
}
