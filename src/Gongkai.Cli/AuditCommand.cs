using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary><c>gongkai audit [--format text|json] [--previous FILE] PATH...</c></summary>
public static class AuditCommand
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitUnreadable = 2;

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "输出格式：text（中文摘要）或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var previous = new Option<string?>("--previous") { Description = "上一年度的报告文件，用于核对结转、现行有效件数和雷同" };
        var summary = new Option<bool>("--summary") { Description = "汇总：各报告表格之和（同样核对勾稽关系）和每个文件的状态" };
        var paths = new Argument<string[]>("PATH") { Description = "报告文件或文件夹（递归读取）", Arity = ArgumentArity.OneOrMore };
        var command = new Command("audit", "读取并核查政府信息公开工作年度报告") { format, previous, summary, paths };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(previous), Console.Out, Console.Error, parse.GetValue(summary)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string format, string? previousFile, TextWriter output, TextWriter log, bool summary = false)
    {
        AnnualReport? previous = null;
        if (previousFile is not null)
        {
            var (_, report, error) = BatchAuditor.ReadOne(previousFile);
            if (report is null)
            {
                log.WriteLine($"上年报告 {previousFile} 无法读取：{error}");
                return ExitUnreadable;
            }
            previous = report;
        }

        var files = BatchAuditor.ExpandPaths(paths);
        var results = BatchAuditor.Audit(files, previous, Progress(files.Count, log), log.WriteLine);
        var counts = format == "json" ? WriteJson(results, output, summary) : AuditText.Write(results, output, summary);

        return counts.Unreadable > 0 ? ExitUnreadable
            : counts.WithErrors > 0 ? ExitFindings
            : ExitClean;
    }

    /// <summary>Writes each report as it is audited, so a folder of thousands is never held as one document.</summary>
    private static AuditSummary WriteJson(IEnumerable<AuditedReport> results, TextWriter output, bool withSummary)
    {
        var summary = new AuditSummary(keepReports: withSummary);
        output.Write("{\"reports\": [");
        var first = true;
        foreach (var result in results)
        {
            output.Write(first ? "\n" : ",\n");
            output.Write(ReportJson.Audited(result).ToJsonString(ReportJson.Options));
            summary.Add(result);
            first = false;
        }
        output.Write("\n]");
        if (withSummary)
        {
            var (sum, findings) = summary.Consolidated();
            var json = new System.Text.Json.Nodes.JsonObject();
            foreach (var (key, value) in ReportJson.Tables(sum)) json[key] = value;
            json["findings"] = new System.Text.Json.Nodes.JsonArray(findings.Select(f => (System.Text.Json.Nodes.JsonNode)ReportJson.Finding(f)).ToArray());
            json["reportsRead"] = summary.Total - summary.Unreadable;
            json["reportsFailed"] = summary.Unreadable;
            output.Write(",\n\"summary\": " + json.ToJsonString(ReportJson.Options));
        }
        output.WriteLine("}");
        return summary;
    }

    /// <summary>Progress on stderr for large folders, about every 5%.</summary>
    private static Action<int>? Progress(int total, TextWriter log)
    {
        if (total < 50) return null;
        var step = Math.Max(1, total / 20);
        return done =>
        {
            if (done % step == 0 || done == total) log.WriteLine($"已读取 {done}/{total} 个文件");
        };
    }
}
