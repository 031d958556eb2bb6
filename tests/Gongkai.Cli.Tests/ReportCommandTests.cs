using System.Text.Json.Nodes;
using Gongkai.Cli;

namespace Gongkai.Cli.Tests;

public class ReportCommandTests
{
    [Fact]
    public async Task gongkai_report_on_a_fresh_demo_database_writes_last_years_finished_report_and_refuses_this_years_draft()
    {
        var output = Path.Combine(Path.GetTempPath(), $"gongkai-report-{Guid.NewGuid():N}.json");
        var thisYear = DateTime.UtcNow.AddHours(8).Year;
        var finished = new StringWriter();
        Assert.Equal(0, await ReportCommand.RunAsync(new ReportCommand.Options(null, thisYear - 1, "json", output, Demo: true, null, null), finished));
        Assert.DoesNotContain("[错误]", finished.ToString());
        Assert.Empty(JsonNode.Parse(await File.ReadAllTextAsync(output))!["findings"]!.AsArray());
        File.Delete(output);

        var refusal = new StringWriter();
        Assert.Equal(1, await ReportCommand.RunAsync(new ReportCommand.Options(null, thisYear, "json", output, Demo: true, null, null), refusal));
        Assert.Contains("有未替换的模板内容“【请补充", refusal.ToString());
        Assert.Contains("（模板内容未替换）", refusal.ToString()); // rules named in Chinese, not by their ids
        Assert.False(File.Exists(output));
        var log = new StringWriter();

        var exit = await ReportCommand.RunAsync(new ReportCommand.Options(null, thisYear, "json", output, Demo: true, null, null, Draft: true), log);

        Assert.Equal(0, exit);
        Assert.Contains("（草稿，有待修正的错误）", log.ToString());
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output))!;
        Assert.Equal("示例县卫生健康局（演示）", (string?)json["agency"]);
        Assert.Equal(thisYear, (int?)json["year"]);
        Assert.Equal(25, json["requests"]!.AsObject().Count);
        Assert.Contains("已生成", log.ToString());
        File.Delete(output);
    }

    [Fact]
    public async Task An_unknown_agency_is_refused_in_chinese()
    {
        var log = new StringWriter();
        var exit = await ReportCommand.RunAsync(new ReportCommand.Options(999, 2025, "json", "/tmp/none.json", Demo: true, null, null), log);

        Assert.Equal(2, exit);
        Assert.Contains("没有编号为999的机关", log.ToString());
    }

    [Fact]
    public async Task A_misspelt_database_provider_is_refused_in_chinese_rather_than_taken_as_sqlite()
    {
        var log = new StringWriter();
        var exit = await ReportCommand.RunAsync(new ReportCommand.Options(1, 2025, "json", "/tmp/none.json", Demo: false, "Data Source=/tmp/none.db", "Postgress"), log);

        Assert.Equal(2, exit);
        Assert.Contains("数据库类型“Postgress”不可用：只能是 Sqlite 或 Postgres。", log.ToString());
        Assert.False(File.Exists("/tmp/none.db"));
    }
}
