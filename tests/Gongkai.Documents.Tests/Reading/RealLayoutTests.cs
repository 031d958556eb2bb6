using System.Text;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Layouts real published files have that once made the reader refuse them or flag what is not wrong.</summary>
public class RealLayoutTests
{
    private static AnnualReport Read(string text) => ReportReader.Read(Encoding.UTF8.GetBytes(text));

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void A_government_page_saved_with_a_BOM_blank_lines_and_a_stray_character_before_its_doctype_is_read_as_HTML(string sample)
    {
        var published = Samples.Read(sample);
        var page = ReportHtml.Write(published);

        foreach (var prefix in new[] { "", "\r\n\r\n   ", "锘?", "\u00A0\n" })
        {
            byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(prefix + page)];
            Assert.Equal(DocumentKind.Html, ReportReader.Detect(bytes).Kind);
            Assert.Equal(Samples.Tables(published), Samples.Tables(ReportReader.Read(bytes)));
        }
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void A_heading_that_lost_its_number_is_still_its_section_and_only_warned_about(string sample)
    {
        var text = Samples.Text(sample).Replace("六、其他需要报告的事项", "其他需要报告的事项", StringComparison.Ordinal);

        var read = Read(text);

        var other = Assert.Single(read.Headings, h => h.Section == ReportSection.Other);
        Assert.Null(other.Number);
        Assert.Equal(Samples.Tables(Samples.Read(sample)), Samples.Tables(read));
        var finding = Assert.Single(Auditor.Audit(read), f => f.Rule == RuleIds.Sections);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("“其他需要报告的事项”没有编号，应为“六、其他需要报告的事项”。", finding.Message);
        Assert.Equal(Samples.Read(sample).SectionText[ReportSection.Other], read.SectionText[ReportSection.Other]);
    }

    [Fact]
    public void A_subheading_with_a_section_s_words_is_not_taken_for_a_section_that_has_its_numbered_heading()
    {
        var text = Samples.Text(Samples.Pingluo).Replace("（一）主动公开。", "主动公开情况\n（一）主动公开。", StringComparison.Ordinal);

        var read = Read(text);

        Assert.Equal(ReportSections.All, read.Headings.Select(h => h.Section));
        Assert.All(read.Headings, h => Assert.NotNull(h.Number));
    }

    [Fact]
    public void A_number_too_long_to_be_a_count_is_flagged_in_its_cell_and_the_rest_is_read()
    {
        var report = Builders.ConsistentReport();
        var tabs = Samples.TabText(report);
        var row = tabs.Split('\n').First(l => l.StartsWith("一、本年新收", StringComparison.Ordinal));
        var cells = row.Split('\t');
        cells[1] = new string('9', 40);
        var text = tabs.Replace(row, string.Join('\t', cells), StringComparison.Ordinal);

        var read = Read(text);

        Assert.Null(read.Requests["1", ApplicantColumn.All[0]]);
        Assert.Equal(report.Requests["3.1", ApplicantColumn.Total], read.Requests["3.1", ApplicantColumn.Total]);
        Assert.Contains(Auditor.Audit(read), f => f.Rule == RuleIds.Missing && f.Location == new Location(Location.Table3, "1", ApplicantColumn.All[0].Code));
    }

    [Fact]
    public void Zero_width_characters_and_trailing_tabs_in_one_cell_per_line_change_no_cell()
    {
        var text = Samples.Text(Samples.Tongjiang);
        var messy = text.Replace("\n\t", "\n\t\u200B", StringComparison.Ordinal).Replace("\t\u200B0\n", "\t\u200B0\u2060\t\n", StringComparison.Ordinal);

        Assert.NotEqual(text, messy);
        var read = Read(messy);
        Assert.Equal(Samples.Tables(Samples.Read(Samples.Tongjiang)), Samples.Tables(read));
        Assert.Empty(Auditor.Audit(read));
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void A_government_article_page_s_metadata_table_is_not_taken_for_the_agency(string sample)
    {
        var published = Samples.Read(sample);
        var page = ReportHtml.Write(published);
        var title = $"{published.Agency}{published.Year}年政府信息公开工作年度报告";
        var metadata = $"<table><tr><td>索引号：</td><td>11640221MB1234567X/2025-00012</td><td>发布机构：</td><td>{published.Agency}</td></tr>"
            + $"<tr><td>名称：</td><td colspan=\"3\">{title}</td></tr><tr><td>发布日期：</td><td>2025-01-20</td><td>文号：</td><td></td></tr></table>";
        var withMetadata = page.Replace("<body>", "<body><nav>首页 > 政府信息公开 > 年度报告</nav>" + metadata, StringComparison.Ordinal);

        Assert.NotEqual(page, withMetadata);
        var read = ReportReader.Read(Encoding.UTF8.GetBytes(withMetadata));
        Assert.Equal((published.Agency, published.Year), (read.Agency, read.Year));
        Assert.Equal(Samples.Tables(published), Samples.Tables(read));
    }
}
