using Gongkai.Reports;

namespace Gongkai.Documents.Reading;

/// <summary>Reads a published annual report from a file of any kind it takes: the kind is told by the content, not the name.</summary>
public static class ReportReader
{
    public static AnnualReport Read(string path)
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
        return Read(bytes);
    }

    public static AnnualReport Read(byte[] bytes)
    {
        var (kind, text) = Detect(bytes);
        var rows = kind switch
        {
            DocumentKind.Pdf => PdfSource.Rows(bytes),
            DocumentKind.Docx => DocxSource.Rows(bytes),
            DocumentKind.Html => HtmlSource.Rows(text!),
            DocumentKind.Text => TextSource.Rows(text!),
        };
        return ReportParser.Parse(rows);
    }

    public static (DocumentKind Kind, string? Text) Detect(byte[] bytes)
    {
        if (bytes.Length == 0) throw new UnreadableReportException("文件为空。");
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0) return (DocumentKind.Pdf, null);
        if (head.StartsWith("PK\x03\x04"u8)) return (DocumentKind.Docx, null);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            throw new UnreadableReportException("这是旧版Word（.doc）文件或加密的Office文件，无法读取；请另存为.docx或PDF后再读取。");
        if (head.StartsWith("{\\rtf"u8))
            throw new UnreadableReportException("这是RTF文件，无法读取；请另存为.docx或PDF后再读取。");
        var text = TextSource.Decode(bytes);
        if (!TextSource.LooksLikeText(text))
            throw new UnreadableReportException("文件不是文本、DOCX、HTML或PDF格式，无法读取。");
        return (LooksLikeHtml(text) ? DocumentKind.Html : DocumentKind.Text, text);
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.Length == 0 || start[0] != '<') return false;
        var head = start[..Math.Min(start.Length, 4096)];
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<table", StringComparison.OrdinalIgnoreCase) || head.Contains("<p", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase);
    }
}
