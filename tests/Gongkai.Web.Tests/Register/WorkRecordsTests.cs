using System.Net;

namespace Gongkai.Web.Tests.Register;

/// <summary>Interpretations and trainings kept in the register are stated by the annual report's draft, not left to the officer.</summary>
public sealed class WorkRecordsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task An_interpretation_linked_to_its_document_and_a_training_are_stated_in_the_years_draft()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var agencyId = factory.Scoped(db => db.Agencies.Single(a => a.Name == Gongkai.Web.Infrastructure.DemoData.AgencyName).Id);
        var document = factory.Scoped(db => db.NormativeDocuments.First(d => d.AgencyId == agencyId));
        Assert.Contains(document.Title, (await officer.GetAsync("/Register/Work")).QuerySelector("#without-interpretation")!.TextContent);

        var added = await officer.PostAsync("/Register/Work?handler=Interpretation", new()
        {
            ["documentId"] = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["form"] = "Graphic",
            ["title"] = "一图读懂：" + document.Title, ["link"] = "https://example.gov.cn/jd/1", ["publishedOn"] = "2026-11-20",
        }, pageUrl: "/Register/Work");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var negative = await officer.PostAsync("/Register/Work?handler=Training", new() { ["heldOn"] = "2026-06-18", ["topic"] = "政务公开业务培训", ["attendees"] = "-2" }, pageUrl: "/Register/Work");
        Assert.Contains("参训人数不能为负数", (await WebPage.ParseAsync(negative)).Body!.TextContent);
        await officer.PostAsync("/Register/Work?handler=Training", new() { ["heldOn"] = "2026-06-18", ["topic"] = "政务公开业务培训", ["attendees"] = "35", ["organiser"] = "县政务公开办" }, pageUrl: "/Register/Work");

        var page = await officer.GetAsync("/Reports/Edit/2026");
        var overview = page.QuerySelector("textarea[name=Overview]")!.TextContent;
        // Other tests of the class add interpretations of other forms.
        Assert.Matches(@"发布政策解读\d+篇（[^）]*图文解读（一图读懂）1篇", overview);
        Assert.Contains("全年组织政务公开培训1次，参训35人次", overview);
        Assert.DoesNotContain("【请补充培训、考核和社会评议情况。】", overview);
        Assert.Matches(@"全年主动公开政府信息\d+条（其中(政府网站|政务新媒体)\d+条、(政府网站|政务新媒体)\d+条）", overview);
        Assert.DoesNotContain(document.Title, (await officer.GetAsync("/Register/Work")).QuerySelector("#without-interpretation")?.TextContent ?? "");
    }

    [Fact]
    public async Task Items_published_outside_Gongkai_are_counted_by_month_and_stated_per_channel_in_the_draft()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        string Overview(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("textarea[name=Overview]")!.TextContent;
        var before = int.Parse(System.Text.RegularExpressions.Regex.Match(Overview(await officer.GetAsync("/Reports/Edit/2026")), @"全年主动公开政府信息(\d+)条").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var (month, items) in new[] { ("3", "70"), ("4", "80"), ("4", "50") })
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Register/Work?handler=Channel",
                new() { ["channel"] = "微信公众号", ["year"] = "2026", ["month"] = month, ["items"] = items }, pageUrl: "/Register/Work")).StatusCode);
        var refused = await officer.PostAsync("/Register/Work?handler=Channel", new() { ["channel"] = "公示栏", ["year"] = "2026", ["month"] = "13", ["items"] = "5" }, pageUrl: "/Register/Work");
        Assert.Contains("月份应为1到12", (await WebPage.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent);

        var overview = Overview(await officer.GetAsync("/Reports/Edit/2026"));
        Assert.Contains($"全年主动公开政府信息{before + 120}条（其中", overview);
        Assert.Contains("微信公众号120条", overview);
        Assert.Equal(2, (await officer.GetAsync("/Register/Work")).QuerySelectorAll("#channel-counts tbody tr").Length);
    }

    [Fact]
    public async Task With_the_register_kept_sections_one_and_six_need_no_filling_and_the_report_reads_back_without_residue()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var agencyId = factory.Scoped(db => db.Agencies.Single(a => a.Name == Gongkai.Web.Infrastructure.DemoData.AgencyName).Id);
        var document = factory.Scoped(db => db.NormativeDocuments.First(d => d.AgencyId == agencyId));
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("Interpretation", new() { ["documentId"] = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["form"] = "Video", ["title"] = "视频解读：" + document.Title, ["link"] = "https://example.gov.cn/jd/2", ["publishedOn"] = "2026-10-09" }),
            ("Training", new() { ["heldOn"] = "2026-05-12", ["topic"] = "政府信息公开条例专题培训", ["attendees"] = "28", ["organiser"] = "县政务公开办" }),
            ("Assessment", new() { ["year"] = "2026", ["assessor"] = "县政务公开办", ["result"] = "优秀", ["assessedOn"] = "2026-11-10" }),
            ("Channel", new() { ["channel"] = "政务微博", ["year"] = "2026", ["month"] = "6", ["items"] = "85" }),
        })
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync($"/Register/Work?handler={handler}", fields, pageUrl: "/Register/Work")).StatusCode);
        var refused = await officer.PostAsync("/Register/Work?handler=Assessment", new() { ["year"] = "2026", ["assessor"] = "县政务公开办", ["result"] = "" }, pageUrl: "/Register/Work");
        Assert.Contains("请填写考核结果", (await WebPage.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("优秀", (await officer.GetAsync("/Register/Work")).QuerySelector("#assessments")!.TextContent);

        var edit = await officer.GetAsync("/Reports/Edit/2026");
        var overview = edit.QuerySelector("textarea[name=Overview]")!.TextContent;
        var other = edit.QuerySelector("textarea[name=Other]")!.TextContent;
        Assert.Contains("县政务公开办考核结果为优秀", overview);
        Assert.Contains("政务微博", overview[overview.IndexOf("（四）", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("【", overview);
        // What is left is judgement (the year's problems and measures, the agency's own innovation) and the work points,
        // which this demo's office has not issued in Gongkai.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(other, "【[^】]*】"), m => Assert.Equal("【请说明。】", m.Value));
        Assert.Contains("未收取信息处理费", other);
        var saved = await officer.PostAsync("/Reports/Edit/2026", new()
        {
            ["Opening"] = edit.QuerySelector("textarea[name=Opening]")!.TextContent,
            ["Overview"] = overview,
            ["Problems"] = "（一）上年度问题整改情况。上年度报告所列政策解读形式单一的问题，本年度已增加视频解读。\n（二）存在的主要问题。一是政务新媒体更新不够及时。\n（三）改进措施。一是建立政务新媒体每周更新机制。",
            ["Other"] = other.Replace("【请说明。】", "本年度开设“政策问答”专栏，集中回应群众关切。", StringComparison.Ordinal),
            ["NpcLead"] = "0", ["NpcAssist"] = "0", ["CppccLead"] = "0", ["CppccAssist"] = "0", ["ProposalsCompleted"] = "true",
        }, pageUrl: "/Reports/Edit/2026");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var html = await (await officer.Client.GetAsync("/Reports/Edit/2026?handler=Export&format=html")).Content.ReadAsByteArrayAsync();
        var read = Gongkai.Documents.Reading.ReportReader.Read(html);
        var findings = Gongkai.Audit.Auditor.Audit(read);
        Assert.DoesNotContain(findings, f => f.Rule is Gongkai.Audit.RuleIds.Placeholder or Gongkai.Audit.RuleIds.Narrative);
        Assert.Contains("县政务公开办考核结果为优秀", read.SectionText[Gongkai.Reports.ReportSection.Overview]);
    }

    [Fact]
    public async Task A_document_explained_after_the_agencys_days_or_not_at_all_is_listed_as_not_in_time()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var agencyId = factory.Scoped(db => db.Agencies.Single(a => a.Name == Gongkai.Web.Infrastructure.DemoData.AgencyName).Id);
        // The agency's last document: the other tests explain its first.
        var document = factory.Scoped(db => db.NormativeDocuments.Where(d => d.AgencyId == agencyId).OrderByDescending(d => d.Id).First());
        string Row(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("#interpretation-deadlines tbody tr")
            .Single(r => r.TextContent.Contains(document.Title, StringComparison.Ordinal)).TextContent;
        Assert.Contains("逾期未解读", Row(await officer.GetAsync("/Register/Work")));

        var late = document.IssuedOn.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await officer.PostAsync("/Register/Work?handler=Interpretation", new()
        {
            ["documentId"] = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["form"] = "Text",
            ["title"] = "解读：" + document.Title, ["link"] = "https://example.gov.cn/jd/3", ["publishedOn"] = late,
        }, pageUrl: "/Register/Work");

        var row = Row(await officer.GetAsync("/Register/Work"));
        Assert.Contains("解读逾期", row);
        Assert.Contains(late, row);
    }
}
