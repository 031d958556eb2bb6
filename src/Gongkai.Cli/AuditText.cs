using Gongkai.Audit;
using Gongkai.Documents.Auditing;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary>The audit as a readable Chinese summary, one block per report.</summary>
public static class AuditText
{
    public static AuditSummary Write(IEnumerable<AuditedReport> results, TextWriter output)
    {
        var summary = new AuditSummary();
        foreach (var r in results)
        {
            summary.Add(r);
            output.WriteLine($"文件：{r.File}");
            if (r.Report is not { } report)
            {
                output.WriteLine($"  无法读取：{r.Error}");
                output.WriteLine();
                continue;
            }
            output.WriteLine($"  机关：{report.Agency ?? "（未识别）"}　年度：{report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（未识别）"}");
            var t = report.Requests;
            output.WriteLine($"  申请：本年新收{N(t[RequestRow.Received, ApplicantColumn.Total])}件，上年结转{N(t[RequestRow.CarriedIn, ApplicantColumn.Total])}件，" +
                             $"办理{N(t[RequestRow.OutcomeTotal, ApplicantColumn.Total])}件，结转下年度{N(t[RequestRow.CarriedOver, ApplicantColumn.Total])}件；" +
                             $"行政复议{N(report.Review.Total)}件，行政诉讼{N(report.LitigationDirect.Total + report.LitigationAfterReview.Total)}件");
            var errors = r.Findings.Count(f => f.Severity == Severity.Error);
            var warnings = r.Findings.Count - errors;
            output.WriteLine(r.Findings.Count == 0 ? "  结论：未发现问题" : $"  结论：{errors}个错误，{warnings}个提示");
            foreach (var f in r.Findings.OrderBy(f => f.Severity))
                output.WriteLine($"  [{(f.Severity == Severity.Error ? "错误" : "提示")}] {f.Message}（{f.Rule}）");
            output.WriteLine();
        }
        output.WriteLine($"共{summary.Total}份：通过{summary.Total - summary.Unreadable - summary.WithErrors}份，有错误{summary.WithErrors}份，无法读取{summary.Unreadable}份。");
        return summary;
    }

    private static string N(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（缺失）";
}
