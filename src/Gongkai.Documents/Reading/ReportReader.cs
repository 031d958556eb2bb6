
namespace Gongkai.Documents.Reading;

/// <summary>Reads a published annual report from a file of any kind it takes: the kind is told by the content, not the name.</summary>
public static class ReportReader
{
    /// <param name="progress">Told, in words, as each scanned page is read: OCR takes seconds a page.</param>
    public static AnnualReport Read(string path, Action<string>? progress = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableReportException($"无法打开文件：{e switch { FileNotFoundException or DirectoryNotFoundException => "文件不存在", UnauthorizedAccessException => "没有读取权限", _ => "读取出错" }}。", e);
        }
        return Read(bytes, progress);
    }

    public static AnnualReport Read(byte[] bytes, Action<string>? progress = null)
    {
        var (kind, text) = Detect(bytes);
        var rows = kind switch
        {
            DocumentKind.Pdf => PdfSource.Rows(bytes, progress),
            DocumentKind.Picture => Scans.PictureFile.Rows(bytes, progress),
            DocumentKind.Docx => DocxSource.Rows(bytes, progress),
            // The compound-file signature is shared by .doc, WPS and encrypted Office files; LibreOffice tells them apart.
            DocumentKind.Doc => DocxSource.Rows(OfficeConverter.ToDocx(bytes, ".doc", "旧版Word（.doc）或WPS文件"), progress),
            DocumentKind.Rtf => DocxSource.Rows(OfficeConverter.ToDocx(bytes, ".rtf", "RTF文件"), progress),
            DocumentKind.Html => HtmlSource.Rows(text!, progress),
            DocumentKind.Markdown => MarkdownSource.Rows(text!),
            DocumentKind.Text => TextSource.Rows(text!),
        };
        return ReportParser.Parse(rows);
    }

    public const int MaxTextBytes = 16 * 1024 * 1024;

    public static (DocumentKind Kind, string? Text) Detect(byte[] bytes)
    {
        if (bytes.Length == 0) throw new UnreadableReportException("文件为空。");
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0) return (DocumentKind.Pdf, null);
        if (head.StartsWith("PK\x03\x04"u8)) return (DocumentKind.Docx, null);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return (DocumentKind.Doc, null);
        if (head.StartsWith("{\\rtf"u8)) return (DocumentKind.Rtf, null);
        if (Scans.PictureFile.IsPicture(head)) return (DocumentKind.Picture, null);
        // A report's text is some tens of kilobytes; a page with its pictures inlined a few megabytes. Far more is not a
        // report, and decoding it would hold several copies of it in memory.
        if (bytes.Length > MaxTextBytes)
            throw new UnreadableReportException($"文件超过{MaxTextBytes / (1024 * 1024)}MB，且不是DOCX或PDF，不像是一份年度报告，未读取。");
        var text = TextSource.Decode(bytes);
        if (!TextSource.LooksLikeText(text))
            throw new UnreadableReportException("文件不是文本、DOCX、HTML或PDF格式，无法读取。");
        return (Kind(text), text);
    }

    /// <summary>
    /// A page is HTML by its document tags wherever they start (after a BOM, blank lines or a stray character a site put
    /// before them); Markdown by its table separators or headings; a fragment of markup by its first tag; else text.
    /// </summary>
    private static DocumentKind Kind(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        if (!head.Contains('<')) return MarkdownSource.LooksLikeMarkdown(text) ? DocumentKind.Markdown : DocumentKind.Text;
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase))
            return DocumentKind.Html;
        if (MarkdownSource.LooksLikeMarkdown(text)) return DocumentKind.Markdown;
        var start = head.TrimStart().TrimStart('\uFEFF');
        return start.Length > 0 && start[0] == '<' && (start.Contains("<table", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<p", StringComparison.OrdinalIgnoreCase) || start.Contains("<div", StringComparison.OrdinalIgnoreCase))
            ? DocumentKind.Html : DocumentKind.Text;
    }
}
