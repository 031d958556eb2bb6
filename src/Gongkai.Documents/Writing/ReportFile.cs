using Gongkai.Audit;
using Gongkai.Documents.Auditing;

namespace Gongkai.Documents.Writing;

/// <summary>An annual report written as a file in one of the formats it is exported in, the same for the web app and the CLI.</summary>
public static class ReportFile
{
    public static readonly IReadOnlyList<string> Formats = ["docx", "html", "pdf", "json"];

    public sealed record Written(byte[] Bytes, string ContentType, string FileName);

    /// <param name="name">The file's name without its extension.</param>
    /// <param name="dated">The day of the 落款.</param>
    public static async Task<Written> WriteAsync(AnnualReport report, IReadOnlyList<Finding> findings, string format, string name, DateOnly dated) => format switch
    {
        "docx" => new(ReportDocx.Write(report, dated), ContentTypes.Docx, name + ".docx"),
        "html" => new(Encoding.UTF8.GetBytes(ReportHtml.Write(report, dated)), ContentTypes.Html, name + ".html"),
        "pdf" => new(await ReportPdf.WriteAsync(report, date: dated), ContentTypes.Pdf, name + ".pdf"),
        "json" => new(Encoding.UTF8.GetBytes(ReportJson.Audited(new AuditedReport(name + ".json", report, null, findings)).ToJsonString(ReportJson.Options)),
            ContentTypes.Json, name + ".json"),
        _ => throw new ArgumentException($"不支持导出为“{format}”：只能是 {string.Join("、", Formats)}。"),
    };
}
