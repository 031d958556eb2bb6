using System.Text;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Data.Demo;
using Gongkai.Data.PersonalData;
using Gongkai.Data.Reports;
using Gongkai.Documents.Writing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Cli;

/// <summary><c>gongkai report --agency ID --year YYYY --format docx|html|pdf|json -o FILE</c>: the annual report from the register.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var agency = new Option<int?>("--agency") { Description = "机关编号（--demo 时默认为演示机关）" };
        var year = new Option<int>("--year") { Description = "报告年度", Required = true };
        var format = new Option<string>("--format") { Description = "docx、html、pdf 或 json", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong([.. ReportFile.Formats]);
        var output = new Option<string>("-o", "--output") { Description = "输出文件", Required = true };
        var demo = new Option<bool>("--demo") { Description = "在新建的演示数据库上生成" };
        var connection = new Option<string?>("--connection") { Description = "数据库连接字符串（默认取环境变量 ConnectionStrings__Gongkai，再默认 Data Source=gongkai.db）" };
        var provider = new Option<string?>("--provider") { Description = "Sqlite 或 Postgres（默认取环境变量 Database__Provider，再默认 Sqlite）" };
        var draft = new Option<bool>("--draft") { Description = "有错误（如待补充的内容）也输出，作为草稿；错误仍逐条列出" };
        var command = new Command("report", "由登记簿生成政府信息公开工作年度报告") { agency, year, format, output, demo, connection, provider, draft };
        command.SetAction((parse, cancel) => RunAsync(new Options(parse.GetValue(agency), parse.GetValue(year), parse.GetValue(format)!, parse.GetValue(output)!,
            parse.GetValue(demo), parse.GetValue(connection), parse.GetValue(provider), parse.GetValue(draft)), Console.Error, cancel));
        return command;
    }

    public sealed record Options(int? Agency, int Year, string Format, string Output, bool Demo, string? Connection, string? Provider, bool Draft = false);

    public static async Task<int> RunAsync(Options options, TextWriter log, CancellationToken cancel = default)
    {
        DatabaseProvider provider;
        try
        {
            provider = options.Demo ? DatabaseProvider.Sqlite : GongkaiDatabase.Provider(options.Provider ?? Environment.GetEnvironmentVariable("Database__Provider"));
        }
        catch (ArgumentException e)
        {
            await log.WriteLineAsync(e.Message);
            return 2;
        }
        var demoFile = options.Demo ? Path.Combine(Path.GetTempPath(), $"gongkai-demo-{Guid.NewGuid():N}.db") : null;
        try
        {
            await using var db = Open(options, provider, demoFile);
            await db.Database.MigrateGongkaiAsync(cancel);
            var agencyId = options.Agency;
            if (options.Demo)
                agencyId ??= (await DemoRegister.EnsureAsync(db, Calendar.ChinaTime.DayOf(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow.ToOffset(Calendar.ChinaTime.Offset))).Id;
            if (agencyId is null || !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancel))
            {
                await log.WriteLineAsync($"没有编号为{agencyId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（未指定）"}的机关，请用 --agency 指定。");
                return 2;
            }
            var report = await ReportBuilder.BuildAsync(db, agencyId.Value, options.Year, cancel);
            var (imported, generated) = await ReportBuilder.PreviousAsync(db, agencyId.Value, options.Year, cancel);
            var (_, findings) = ReportCheck.Audit(report, imported, generated);
            foreach (var finding in findings)
                await log.WriteLineAsync($"[{(finding.Severity == Severity.Error ? "错误" : "提示")}] {finding.Message}（{RuleIds.Name(finding.Rule)}）");
            var hasErrors = findings.Any(f => f.Severity == Severity.Error);
            if (hasErrors && !options.Draft)
            {
                await log.WriteLineAsync("报告有错误，未输出；请先修正登记簿中的数据、补充待补充的内容（或用 --draft 输出草稿）。");
                return 1;
            }
            var today = Calendar.ChinaTime.DayOf(DateTimeOffset.UtcNow);
            var written = await ReportFile.WriteAsync(report, findings, options.Format, Path.GetFileNameWithoutExtension(options.Output), today);
            await File.WriteAllBytesAsync(options.Output, written.Bytes, cancel);
            await log.WriteLineAsync($"已生成{report.Agency}{options.Year}年政府信息公开工作年度报告{(hasErrors ? "（草稿，有待修正的错误）" : "")}：{options.Output}");
            return 0;
        }
        finally
        {
            if (demoFile is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(demoFile);
            }
        }
    }

    private static GongkaiDbContext Open(Options options, DatabaseProvider provider, string? demoFile)
    {
        var builder = new DbContextOptionsBuilder<GongkaiDbContext>();
        var connection = demoFile is not null ? $"Data Source={demoFile}"
            : options.Connection ?? Environment.GetEnvironmentVariable("ConnectionStrings__Gongkai") ?? "Data Source=gongkai.db";
        // The web app's key: from the same setting, or the same key file beside the database it opened.
        var key = demoFile is not null ? PersonalDataKey.Generate()
            : PersonalDataKey.Load(Environment.GetEnvironmentVariable("Gongkai__PersonalDataKey"), Environment.GetEnvironmentVariable("Gongkai__PersonalDataKeyFile"));
        builder.UseGongkai(provider, connection, key);
        return new GongkaiDbContext(builder.Options);
    }
}
