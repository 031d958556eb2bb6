using System.Net;

namespace Gongkai.Web.Tests.Register;

/// <summary>Interpretations and trainings kept in the register are stated by the annual report's draft, not left to the officer.</summary>
public abstract class WorkRecordsTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    [Fact]
    public async Task An_interpretation_linked_to_its_document_and_a_training_are_stated_in_the_years_draft()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var agencyId = factory.Scoped(db => db.Agencies.Single(a => a.Name == Gongkai.Web.Infrastructure.DemoData.AgencyName).Id);
        var document = await AddDocumentAsync(officer, agencyId, "示例县医疗卫生机构信息公开管理办法", "示卫规〔2026〕7号", new DateOnly(2026, 11, 16));
        Assert.Contains(document.Title, (await officer.GetAsync("/Register/Work")).QuerySelector("#without-interpretation")!.TextContent);

        var added = await officer.PostAsync("/Register/Work?handler=Interpretation", new()
        {
            ["documentId"] = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["form"] = "Graphic",
            ["title"] = "一图读懂：" + document.Title,
            ["link"] = "https://example.gov.cn/jd/1",
            ["publishedOn"] = "2026-11-20",
        }, pageUrl: "/Register/Work");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var negative = await officer.PostAsync("/Register/Work?handler=Training", new() { ["heldOn"] = "2026-06-18", ["topic"] = "政务公开业务培训", ["attendees"] = "-2" }, pageUrl: "/Register/Work");
        Assert.Contains("参训人数不能为负数", (await WebPage.ParseAsync(negative)).Body!.TextContent);
        await officer.PostAsync("/Register/Work?handler=Training", new() { ["heldOn"] = "2026-06-18", ["topic"] = "政务公开业务培训", ["attendees"] = "35", ["organiser"] = "县政务公开办" }, pageUrl: "/Register/Work");

        var page = await officer.GetAsync("/Reports/Edit/2026");
        var overview = page.QuerySelector("textarea[name=Overview]")!.TextContent;
        // Other tests of the class add interpretations of other forms.
        Assert.Matches(@"发布政策解读\d+篇（[^）]*图文解读（一图读懂）1篇", overview);
        // Another test of the class records a training of 28 the same year.
        Assert.Matches("全年组织政务公开培训(1次，参训35|2次，参训63)人次", overview);
        Assert.DoesNotContain("【请补充培训、考核和社会评议情况。】", overview);
        Assert.Matches(@"全年主动公开政府信息\d+条（其中[^）]*政府网站\d+条", overview);
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
        Assert.Equal(2, (await officer.GetAsync("/Register/Work")).QuerySelectorAll("#channel-counts tbody tr")
            .Count(r => r.Children[0].TextContent.StartsWith("2026年", StringComparison.Ordinal) && r.Children[1].TextContent == "微信公众号"));
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
            ["NpcLead"] = "0",
            ["NpcAssist"] = "0",
            ["CppccLead"] = "0",
            ["CppccAssist"] = "0",
            ["ProposalsCompleted"] = "true",
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
        var document = await AddDocumentAsync(officer, agencyId, "关于做好冬春季传染病防控工作的通知", "X卫发〔2026〕30号", new DateOnly(2026, 10, 12));
        string Row(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("#interpretation-deadlines tbody tr")
            .Single(r => r.TextContent.Contains(document.Title, StringComparison.Ordinal)).TextContent;
        Assert.Contains("逾期未解读", Row(await officer.GetAsync("/Register/Work")));

        var late = document.IssuedOn.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await officer.PostAsync("/Register/Work?handler=Interpretation", new()
        {
            ["documentId"] = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["form"] = "Text",
            ["title"] = "解读：" + document.Title,
            ["link"] = "https://example.gov.cn/jd/3",
            ["publishedOn"] = late,
        }, pageUrl: "/Register/Work");

        var row = Row(await officer.GetAsync("/Register/Work"));
        Assert.Contains("解读逾期", row);
        Assert.Contains(late, row);
    }

    /// <summary>A normative document entered on the register's page, as an officer enters one.</summary>
    private async Task<Gongkai.Register.NormativeDocument> AddDocumentAsync(WebPage officer, int agencyId, string title, string number, DateOnly issuedOn)
    {
        var added = await officer.PostAsync("/Register/Documents", new()
        {
            ["Kind"] = "NormativeDocument",
            ["Title"] = title,
            ["DocumentNumber"] = number,
            ["IssuedOn"] = issuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, pageUrl: "/Register/Documents");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return factory.Scoped(db => db.NormativeDocuments.Single(d => d.AgencyId == agencyId && d.DocumentNumber == number));
    }

    [Fact]
    public async Task Channel_counts_import_from_a_spreadsheet_replacing_the_months_entered_and_a_bad_row_imports_nothing()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var agencyId = factory.Scoped(db => db.Agencies.Single(a => a.Name == Gongkai.Web.Infrastructure.DemoData.AgencyName).Id);
        int Items(string channel) => factory.Scoped(db => db.ChannelCounts.Where(c => c.AgencyId == agencyId && c.Year == 2026 && c.Channel == channel).Sum(c => c.Items));
        Task<HttpResponseMessage> Import(string name, string csv) => officer.UploadAsync("/Register/Work", "/Register/Work?handler=ChannelImport", name,
            [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(csv)]);
        await officer.PostAsync("/Register/Work?handler=Channel", new() { ["channel"] = "视频号", ["year"] = "2026", ["month"] = "7", ["items"] = "9" }, pageUrl: "/Register/Work");

        // As Excel saves "CSV UTF-8": a BOM, a header, CRLF; July's 视频号 entered by hand is replaced by the file's.
        var imported = await Import("2026年新媒体发布统计.csv", "年份,月份,发布渠道,发布条数\r\n2026,7,视频号,4\r\n2026,7,“健康山亭”微信公众号,60\r\n2026,8,“健康山亭”微信公众号,64\r\n");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal((4, 124), (Items("视频号"), Items("“健康山亭”微信公众号")));

        var bad = await Import("坏.csv", "2026,9,视频号,5\n2026,10,,7\n");
        var alert = (await WebPage.ParseAsync(bad)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("文件“坏.csv”第2行“发布渠道”不能为空", alert);
        Assert.Contains("没有导入任何数据", alert);
        Assert.Equal(4, Items("视频号"));

        var overview = (await officer.GetAsync("/Reports/Edit/2026")).QuerySelector("textarea[name=Overview]")!.TextContent;
        Assert.Contains("“健康山亭”微信公众号124条", overview);
    }

    [Fact]
    public async Task The_draft_says_how_many_of_the_years_documents_were_explained_within_the_agencys_days()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var agencyId = factory.Scoped(db => db.Agencies.Single(a => a.Name == Gongkai.Web.Infrastructure.DemoData.AgencyName).Id);
        async Task<(int Documents, int InTime)> Stated()
        {
            var overview = (await officer.GetAsync("/Reports/Edit/2026")).QuerySelector("textarea[name=Overview]")!.TextContent;
            var m = System.Text.RegularExpressions.Regex.Match(overview, @"年内印发的(\d+)件规章和规范性文件中，(\d+)件在印发后3个工作日内发布解读");
            return m.Success ? (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) : (0, 0);
        }
        // Other tests of the class add documents and interpretations: the change is what this test checks.
        var before = await Stated();

        // Issued on Friday 2026-09-25; the third working day after it is Wednesday 09-30 (the National Day holiday follows).
        var timely = await AddDocumentAsync(officer, agencyId, "关于规范医疗机构校验工作的通知", "X卫发〔2026〕21号", new DateOnly(2026, 9, 25));
        var late = await AddDocumentAsync(officer, agencyId, "关于加强基层卫生人才培养的意见", "X卫发〔2026〕22号", new DateOnly(2026, 9, 25));
        foreach (var (document, on) in new[] { (timely, "2026-09-30"), (late, "2026-10-09") })
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/Register/Work?handler=Interpretation", new()
            {
                ["documentId"] = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["form"] = "Text",
                ["title"] = "解读：" + document.Title,
                ["link"] = "https://example.gov.cn/jd/9",
                ["publishedOn"] = on,
            }, pageUrl: "/Register/Work")).StatusCode);

        var after = await Stated();
        Assert.Equal((before.Documents + 2, before.InTime + 1), after);
    }
}

public sealed class SqliteWorkRecordsTests(GongkaiFactory factory) : WorkRecordsTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresWorkRecordsTests(PostgresFactory factory) : WorkRecordsTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
