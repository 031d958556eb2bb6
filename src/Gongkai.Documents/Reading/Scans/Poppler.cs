
namespace Gongkai.Documents.Reading.Scans;

/// <summary>
/// PDF pages that hold only pictures, rendered by poppler's <c>pdftoppm</c> (Debian <c>poppler-utils</c>), which draws every
/// image codec a scanner's PDF uses (JPEG, JBIG2, CCITT fax). One page rendered and read at a time.
/// </summary>
internal static class Poppler
{
    public const string Package = "poppler-utils";

    /// <summary>Scans hold 150 to 600 dpi; 200 puts body text at the size Tesseract reads best and keeps a page at 4 MB.</summary>
    private const int Resolution = 200;

    private static readonly Lazy<string?> Program = new(() => ExternalTool.Find("pdftoppm"));

    public static string? Missing => Program.Value is null ? $"PDF中有只含图片的页面（扫描件），渲染它们需要poppler（Debian软件包 {Package}），本机未安装。" : null;

    /// <summary>Reads the given pages (numbered from 1) of a PDF by OCR, each in its place.</summary>
    public static Dictionary<int, List<LayoutRow>> ReadPages(byte[] pdf, IReadOnlyList<int> pages, Action<string>? progress)
    {
        if (Missing is { } missing) throw new UnreadableReportException(missing + "请安装后再读取，或提供文字版的PDF或DOCX。");
        ScannedPages.EnsureReadable(pages.Count);
        using var folder = new ExternalTool.WorkFolder("gongkai-pdf-");
        var input = Path.Combine(folder.Path, "report.pdf");
        File.WriteAllBytes(input, pdf);
        var rows = new Dictionary<int, List<LayoutRow>>();
        foreach (var page in pages)
        {
            var number = page.ToString(CultureInfo.InvariantCulture);
            var output = Path.Combine(folder.Path, "page" + number);
            var run = ExternalTool.Run(Program.Value!, ["-f", number, "-l", number, "-r", Resolution.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", input, output],
                Tesseract.PageTimeLimit);
            UnreadableReportException Unrendered() => new(run.TimedOut
                    ? $"PDF第{page}页的图片{(int)Tesseract.PageTimeLimit.TotalSeconds}秒内未能渲染完成（图片过大或过于复杂），未读取；请提供文字版的PDF或DOCX。"
                    : $"PDF第{page}页的图片无法渲染（文件可能已损坏），未读取。",
                new InvalidOperationException($"pdftoppm exit {run.ExitCode}, timed out {run.TimedOut}: {run.Error}"));
            if (run.TimedOut || run.ExitCode != 0 || !File.Exists(output + ".png")) throw Unrendered();
            using var picture = Pictures.Decode(File.ReadAllBytes(output + ".png")) ?? throw Unrendered();
            File.Delete(output + ".png");
            rows[page] = ScannedPages.Read(picture, page, progress);
        }
        return rows;
    }
}
