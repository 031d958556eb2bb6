using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Cli;
using Gongkai.Documents.Writing;

namespace Gongkai.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("gongkai-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Copy(string sample, string? name = null)
    {
        var path = Path.Combine(_dir.FullName, name ?? sample);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Samples.PathOf(sample), path);
        return path;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Exit, string Output, string Log) Run(string format, string? previous, params string[] paths)
    {
        var output = new StringWriter();
        var log = new StringWriter();
        var exit = AuditCommand.Run(paths, format, previous, output, log);
        return (exit, output.ToString(), log.ToString());
    }

    private static JsonArray Reports(string json) => JsonNode.Parse(json)!["reports"]!.AsArray();

    [Fact]
    public void Auditing_the_sample_folder_reports_every_file_in_json_and_exits_1_for_the_lost_totals()
    {
        foreach (var s in Samples.All) Copy((string)s[0], "reports/" + s[0]);

        var (exit, output, _) = Run("json", null, Path.Combine(_dir.FullName, "reports"));

        Assert.Equal(AuditCommand.ExitFindings, exit);
        var reports = Reports(output);
        Assert.Equal(3, reports.Count);
        var tongjiang = reports.Single(r => ((string)r!["file"]!).EndsWith(Samples.Tongjiang, StringComparison.Ordinal))!;
        Assert.Equal("同江市卫生健康局", (string?)tongjiang["agency"]);
        Assert.Equal(2024, (int?)tongjiang["year"]);
        Assert.Null(tongjiang["error"]);
        Assert.Equal(230, (int?)tongjiang["proactive"]!["licensing"]);
        Assert.Equal(0, (int?)tongjiang["proactive"]!["normativeDocuments"]!["inForce"]);
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], tongjiang["requests"]!["1"]!.AsArray().Select(v => (int)v!));
        Assert.Equal(25, tongjiang["requests"]!.AsObject().Count);
        Assert.Equal(5, tongjiang["litigationAfterReview"]!.AsArray().Count);
        Assert.Empty(tongjiang["findings"]!.AsArray());

        var shanting = reports.Single(r => ((string)r!["file"]!).EndsWith(Samples.Shanting, StringComparison.Ordinal))!;
        Assert.Null((int?)shanting["requests"]!["1"]![6]);
        var finding = shanting["findings"]!.AsArray()[0]!;
        Assert.Equal(("missing", "error", "三", "1", "total"), ((string)finding["rule"]!, (string)finding["severity"]!,
            (string)finding["location"]!["table"]!, (string)finding["location"]!["row"]!, (string)finding["location"]!["column"]!));
        Assert.Contains("缺失", (string)finding["message"]!);
    }

    [Fact]
    public void Clean_reports_exit_0_with_a_chinese_summary()
    {
        var (exit, output, _) = Run("text", null, Copy(Samples.Pingluo), Copy(Samples.Tongjiang));

        Assert.Equal(AuditCommand.ExitClean, exit);
        Assert.Contains("机关：平罗县卫生健康局", output);
        Assert.Contains("本年新收2件", output);
        Assert.Contains("共2份：通过2份，有错误0份，无法读取0份。", output);
    }

    [Fact]
    public void An_unreadable_file_is_listed_with_its_reason_the_others_are_still_read_and_the_exit_is_2()
    {
        Copy(Samples.Tongjiang);
        Write("empty.docx", []);
        Write("broken.pdf", "%PDF-1.4 garbage"u8.ToArray());

        var (exit, output, _) = Run("json", null, _dir.FullName);

        Assert.Equal(AuditCommand.ExitUnreadable, exit);
        var reports = Reports(output);
        Assert.Equal(3, reports.Count);
        Assert.Equal("文件为空。", (string?)reports.Single(r => ((string)r!["file"]!).EndsWith("empty.docx", StringComparison.Ordinal))!["error"]);
        Assert.Contains("PDF", (string?)reports.Single(r => ((string)r!["file"]!).EndsWith("broken.pdf", StringComparison.Ordinal))!["error"]);
        Assert.Equal("同江市卫生健康局", (string?)reports.Single(r => r!["error"] is null)!["agency"]);
    }

    [Fact]
    public void The_previous_years_report_is_checked_for_carry_over_in_force_and_copying()
    {
        var previous = Builders.PreviousReportWithNothingCarriedOver();
        var current = Builders.ConsistentReport();
        current.SectionText[Gongkai.Reports.ReportSection.Problems] = previous.SectionText[Gongkai.Reports.ReportSection.Problems];
        var previousFile = Write("2023.docx", ReportDocx.Write(previous));
        var currentFile = Write("2024.html", Encoding.UTF8.GetBytes(ReportHtml.Write(current)));

        var (exit, output, _) = Run("json", previousFile, currentFile);

        Assert.Equal(AuditCommand.ExitFindings, exit);
        var rules = Reports(output)[0]!["findings"]!.AsArray().Select(f => (string)f!["rule"]!).Distinct().Order();
        Assert.Equal(["carry-over", "copied"], rules);
    }

    [Fact]
    public void In_a_folder_each_report_is_paired_with_the_same_agencys_report_of_the_year_before()
    {
        var previous = Builders.PreviousReport();
        previous.Proactive.NormativeDocuments.InForce = 4;
        Write("a/2023.html", Encoding.UTF8.GetBytes(ReportHtml.Write(previous)));
        Write("b/2024.docx", ReportDocx.Write(Builders.ConsistentReport()));

        var (exit, output, _) = Run("json", null, _dir.FullName);

        Assert.Equal(AuditCommand.ExitFindings, exit);
        var current = Reports(output).Single(r => (int?)r!["year"] == 2024)!;
        Assert.Equal("in-force", (string?)current["findings"]![0]!["rule"]);
    }

    [Fact]
    public void The_summary_sums_the_readable_reports_tables_and_checks_them()
    {
        Copy(Samples.Pingluo);
        Copy(Samples.Tongjiang);
        Write("broken.docx", "PK\x03\x04 not really"u8.ToArray());
        var output = new StringWriter();

        var exit = AuditCommand.Run([_dir.FullName], "json", null, output, new StringWriter(), summary: true);

        Assert.Equal(AuditCommand.ExitUnreadable, exit);
        var summary = JsonNode.Parse(output.ToString())!["summary"]!;
        Assert.Equal((2, 1), ((int)summary["reportsRead"]!, (int)summary["reportsFailed"]!));
        Assert.Equal((835, 122, 2), ((int)summary["proactive"]!["licensing"]!, (int)summary["proactive"]!["penalty"]!, (int)summary["proactive"]!["enforcement"]!));
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], summary["requests"]!["1"]!.AsArray().Select(v => (int)v!));
        Assert.Empty(summary["findings"]!.AsArray());
        Assert.Equal(3, Reports(output.ToString()).Count);
    }

    [Fact]
    public void A_cell_missing_in_one_report_is_missing_in_the_summary()
    {
        Copy(Samples.Shanting);
        Copy(Samples.Tongjiang);
        var output = new StringWriter();

        AuditCommand.Run([_dir.FullName], "text", null, output, new StringWriter(), summary: true);

        var text = output.ToString();
        Assert.Contains("汇总（2份可读报告之和）", text);
        Assert.Contains("一、本年新收政府信息公开申请数量：2 0 0 0 0 0 （缺失）", text);
        Assert.Contains("汇总表有", text);
    }

    [Fact]
    public void Large_folders_show_progress_on_stderr()
    {
        for (var i = 0; i < 60; i++) Copy(Samples.Pingluo, $"many/{i:D3}.txt");

        var (exit, output, log) = Run("text", null, _dir.FullName);

        Assert.Equal(AuditCommand.ExitClean, exit);
        Assert.Contains("已读取 60/60 个文件", log);
        Assert.Contains("共60份：通过60份", output);
    }

    /// <summary>Runs the built gongkai program as a user would, with its output and errors.</summary>
    private static (int Exit, string Output, string Error) RunProgram(params string[] arguments) => RunProgramWithPath(null, arguments);

    /// <param name="path">The PATH the program sees, where not this process's: a machine without some Debian package.</param>
    private static (int Exit, string Output, string Error) RunProgramWithPath(string? path, params string[] arguments)
    {
        var start = new ProcessStartInfo(path is null ? "dotnet" : Environment.ProcessPath!, ["exec", Path.Combine(AppContext.BaseDirectory, "Gongkai.Cli.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (path is not null) start.Environment["PATH"] = path;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }

    [Fact]
    public async Task A_scanned_report_is_read_by_OCR_with_each_page_told_on_stderr()
    {
        var published = Samples.Read(Samples.Tongjiang);
        var pages = Scanner.Render(await ReportPdf.WriteAsync(published));
        var scan = Write("扫描件.tif", Scanner.Tiff(pages));

        var (exit, output, error) = RunProgram("audit", "--format", "json", scan);

        Assert.Equal(AuditCommand.ExitClean, exit);
        for (var page = 1; page <= pages.Count; page++) Assert.Contains($"扫描件.tif：第{page}页：扫描识别完成", error);
        var report = Reports(output)[0]!;
        Assert.Equal(published.Agency, report["agency"]!.GetValue<string>());
        foreach (var (key, value) in ReportJson.Tables(published)) Assert.Equal(value!.ToJsonString(), report[key]!.ToJsonString());
        Assert.Equal(Gongkai.Reports.ReportCells.All.Count(c => Gongkai.Reports.ReportCells.Get(published, c) is not null), report["scannedCells"]!.GetValue<int>());
    }

    [Fact]
    public void Without_Tesseract_a_scan_is_refused_naming_the_Debian_packages()
    {
        using var page = new OpenCvSharp.Mat(1100, 800, OpenCvSharp.MatType.CV_8UC1, OpenCvSharp.Scalar.White);
        var scan = Write("扫描件.png", Scanner.Png(page));

        var (exit, output, _) = RunProgramWithPath("/nonexistent", "audit", scan);

        Assert.Equal(AuditCommand.ExitUnreadable, exit);
        Assert.Contains("tesseract-ocr 和 tesseract-ocr-chi-sim", output);
    }

    [Fact]
    public void A_usage_error_is_told_in_chinese_and_exits_2()
    {
        var (exit, _, error) = RunProgram("audit", "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("未识别参数", error);
        Assert.Contains("用法见 gongkai --help", error);
    }

    [Fact]
    public void The_gongkai_program_takes_its_documented_arguments()
    {
        var file = Copy(Samples.Tongjiang);

        var (exit, output, _) = RunProgram("audit", "--format", "json", file);

        Assert.Equal(0, exit);
        Assert.Equal(file, (string?)Reports(output)[0]!["file"]);
    }
}
