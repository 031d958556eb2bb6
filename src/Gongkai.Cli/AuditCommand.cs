using System.CommandLine;
using System.Text.Json.Nodes;
using Gongkai.Documents.Auditing;
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
        var paths = new Argument<string[]>("PATH") { Description = "报告文件或文件夹（递归读取）", Arity = ArgumentArity.OneOrMore };
        var command = new Command("audit", "读取并核查政府信息公开工作年度报告") { format, previous, paths };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(previous), Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string format, string? previousFile, TextWriter output, TextWriter log)
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
        var results = BatchAuditor.Audit(files, previous, Progress(files.Count, log));
        if (format == "json")
            output.WriteLine(new JsonObject { ["reports"] = new JsonArray(results.Select(r => (JsonNode)ReportJson.Audited(r)).ToArray()) }
                .ToJsonString(ReportJson.Options));
        else
            AuditText.Write(results, output);

        return results.Any(r => r.Error is not null) ? ExitUnreadable
            : results.Any(r => r.HasErrors) ? ExitFindings
            : ExitClean;
    }

    /// <summary>Progress on stderr for large folders, about every 5%.</summary>
    private static IProgress<int>? Progress(int total, TextWriter log)
    {
        if (total < 50) return null;
        var step = Math.Max(1, total / 20);
        return new SynchronousProgress(done =>
        {
            if (done % step == 0 || done == total) log.WriteLine($"已读取 {done}/{total} 个文件");
        });
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
