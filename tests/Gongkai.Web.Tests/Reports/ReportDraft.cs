using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Reports;

/// <summary>What an officer does to a generated draft before the head may publish it: writes each 【请补充…】 prompt out.</summary>
public static partial class ReportDraft
{
    public static async Task<HttpResponseMessage> FillInAsync(WebPage officer, int year, Func<string, string>? overview = null)
    {
        var page = await officer.GetAsync($"/Reports/Edit/{year}");
        string Field(string name) => page.QuerySelector($"textarea[name={name}]")!.TextContent;
        string Filled(string text) => Prompt().Replace(text, "本机关按要求开展了此项工作。");
        return await officer.PostAsync($"/Reports/Edit/{year}", new()
        {
            ["Opening"] = Filled(Field("Opening")),
            ["Overview"] = Filled((overview ?? (t => t))(Field("Overview"))),
            ["Problems"] = "存在的主要问题是公开内容不够全面。改进措施是完善公开目录，按月巡查栏目。",
            ["Other"] = Filled(Field("Other")),
            ["NpcLead"] = "2",
            ["NpcAssist"] = "1",
            ["CppccLead"] = "3",
            ["CppccAssist"] = "0",
            ["ProposalsCompleted"] = "true",
        });
    }

    [GeneratedRegex("【请补充[^】]*】")]
    private static partial Regex Prompt();
}
