using System.Net;
using Gongkai.Register;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Tests.Public;

/// <summary>The reading room: each disclosure's page with its text and files, and search by Chinese words, on SQLite and PostgreSQL.</summary>
public abstract class ReadingRoomTests<TFactory>(TFactory factory) where TFactory : GongkaiFactory
{
    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% 采购目录\n%%EOF\n");

    private int AgencyId => factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).Id);

    private async Task<int> RegisterAsync()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var response = await officer.UploadAsync("/Register/Disclosures", "/Register/Disclosures", new()
        {
            ["Title"] = "关于公布2026年度本县公立医院药品集中采购目录的通知",
            ["DocumentNumber"] = "示卫发〔2026〕31号",
            ["Category"] = "公共卫生",
            ["Channel"] = "政府网站",
            ["PublishedOn"] = "2026-11-20",
            ["Body"] = "各乡镇卫生院：\n现将本年度药品集中采购目录印发给你们，请认真执行，并做好卫生院财务核算。",
        }, [("files", "采购目录.pdf", Pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return factory.Scoped(db => db.Disclosures.Single(d => d.DocumentNumber == "示卫发〔2026〕31号").Id);
    }

    private async Task<string> SearchAsync(string url) => (await new WebPage(factory.CreateClient()).GetAsync(url)).Body!.TextContent;

    [Fact]
    public async Task A_disclosure_has_its_page_with_text_and_files_and_is_found_by_its_words()
    {
        var id = await RegisterAsync();

        var page = await new WebPage(factory.CreateClient()).GetAsync($"/Public/Disclosure/{id}");
        Assert.Contains("示卫发〔2026〕31号", page.QuerySelector("#particulars")!.TextContent);
        Assert.Contains("示例县卫生健康局（演示）", page.QuerySelector("#particulars")!.TextContent);
        Assert.Contains("请认真执行", page.QuerySelector("#body")!.TextContent);
        var link = page.QuerySelector("#files a")!.GetAttribute("href")!;
        Assert.Equal(Pdf, await factory.CreateClient().GetByteArrayAsync(link));

        // Words, not substrings: the words may stand apart, in any order, in title or text; every word must be there.
        Assert.Contains("药品集中采购目录的通知", await SearchAsync($"/Public/Agency/{AgencyId}?q=药品 采购"));
        Assert.Contains("药品集中采购目录的通知", await SearchAsync($"/Public/Agency/{AgencyId}?q=采购 药品"));
        Assert.Contains("药品集中采购目录的通知", await SearchAsync($"/Public/Agency/{AgencyId}?q=卫生院财务"));
        Assert.Contains("某卫生院2025年度财务决算", await SearchAsync($"/Public/Agency/{AgencyId}?q=卫生院财务"));
        Assert.Contains("药品集中采购目录的通知", await SearchAsync($"/Public/Agency/{AgencyId}?q=药品"));
        Assert.Contains("没有找到相关信息", await SearchAsync($"/Public/Agency/{AgencyId}?q=药品 拆迁"));
    }

    [Fact]
    public async Task The_search_across_agencies_finds_what_one_agencys_search_does_not()
    {
        var other = factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.OtherAgencyName).Id);
        factory.Scoped(db =>
        {
            db.Disclosures.Add(new Disclosure(other, "本县中小学校舍维修项目招标结果", "", "政策文件", "政府网站", new DateOnly(2026, 10, 9), "校舍维修工程由示例建设公司中标。"));
            return db.SaveChanges();
        });

        Assert.Contains("没有找到相关信息", await SearchAsync($"/Public/Agency/{AgencyId}?q=校舍 维修"));
        var everywhere = await new WebPage(factory.CreateClient()).GetAsync("/Public/Search?q=校舍 维修");
        Assert.Contains("本县中小学校舍维修项目招标结果", everywhere.QuerySelector("#results")!.TextContent);
        Assert.Contains(DemoData.OtherAgencyName, everywhere.QuerySelector("#results")!.TextContent);
    }
}

public sealed class SqliteReadingRoomTests(GongkaiFactory factory) : ReadingRoomTests<GongkaiFactory>(factory), IClassFixture<GongkaiFactory>;

public sealed class PostgresReadingRoomTests(PostgresFactory factory) : ReadingRoomTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
