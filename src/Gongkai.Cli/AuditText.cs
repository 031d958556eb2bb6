using Gongkai.Audit;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary>The audit as a readable Chinese summary, one block per report.</summary>
public static class AuditText
{
    public static AuditSummary Write(IEnumerable<AuditedReport> results, TextWriter output, bool withSummary = false)
    {
        var summary = new AuditSummary(keepReports: withSummary);
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
            if (report.ScannedValues.Count > 0)
                output.WriteLine($"  扫描识别：{report.ScannedValues.Count}格数字由文字识别（OCR）读出，其中{report.ScannedValues.Values.Count(v => v.IsUncertain)}格把握不足，请对照原件核对。");
            output.WriteLine(r.Findings.Count == 0 ? "  结论：未发现问题" : $"  结论：{errors}个错误，{warnings}个提示");
            foreach (var f in r.Findings.OrderBy(f => f.Severity))
                output.WriteLine($"  [{(f.Severity == Severity.Error ? "错误" : "提示")}] {f.Message}（{RuleIds.Name(f.Rule)}{(f.Source is { } place ? "，原文" + place.Describe() : "")}）");
            output.WriteLine();
        }
        output.WriteLine($"共{summary.Total}份：通过{summary.Total - summary.Unreadable - summary.WithErrors}份，有错误{summary.WithErrors}份，无法读取{summary.Unreadable}份。");
        if (withSummary) WriteConsolidated(summary, output);
        return summary;
    }

    private static void WriteConsolidated(AuditSummary summary, TextWriter output)
    {
        var (sum, findings) = summary.Consolidated();
        var p = sum.Proactive;
        output.WriteLine();
        output.WriteLine($"汇总（{summary.Total - summary.Unreadable}份可读报告之和）");
        output.WriteLine($"  表二：规章 制发{N(p.Regulations.Issued)} 废止{N(p.Regulations.Repealed)} 现行有效{N(p.Regulations.InForce)}；" +
                         $"行政规范性文件 制发{N(p.NormativeDocuments.Issued)} 废止{N(p.NormativeDocuments.Repealed)} 现行有效{N(p.NormativeDocuments.InForce)}；" +
                         $"行政许可{N(p.Licensing)} 行政处罚{N(p.Penalty)} 行政强制{N(p.Enforcement)} 收费{N(p.FeesWanYuan)}万元");
        output.WriteLine("  表三（" + string.Join("、", ApplicantColumn.All.Select(c => c.Label)) + "）：");
        foreach (var row in RequestRow.All)
            output.WriteLine($"    {row.FullLabel}：{string.Join(" ", sum.Requests.Row(row).Select(N))}");
        foreach (var kind in Enum.GetValues<CaseKind>())
            output.WriteLine($"  表四 {kind.Label()}（维持 纠正 其他 未审结 总计）：{string.Join(" ", sum.Cases(kind).Values.Select(N))}");
        output.WriteLine(findings.Count == 0 ? "  汇总表的勾稽关系均成立。" : $"  汇总表有{findings.Count}个问题：");
        foreach (var f in findings) output.WriteLine($"  [{(f.Severity == Severity.Error ? "错误" : "提示")}] {f.Message}（{RuleIds.Name(f.Rule)}）");
    }

    private static string N(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（缺失）";
}
