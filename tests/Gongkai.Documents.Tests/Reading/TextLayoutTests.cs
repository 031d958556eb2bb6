using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The encodings and layouts published text comes in; each must give the same tables as the clean file.</summary>
public class TextLayoutTests
{
    static TextLayoutTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static AnnualReport ReadText(string text, Encoding? encoding = null) => ReportReader.Read((encoding ?? new UTF8Encoding(false)).GetBytes(text));

    private static AnnualReport ReadBytes(byte[] bytes) => ReportReader.Read(bytes);

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void GBK_UTF8_with_BOM_and_UTF16_files_read_the_same_as_UTF8(string sample)
    {
        var text = Samples.Text(sample);
        var expected = Samples.Tables(Samples.Read(sample));

        Assert.Equal(expected, Samples.Tables(ReadBytes(Encoding.GetEncoding("GBK").GetBytes(text))));
        Assert.Equal(expected, Samples.Tables(ReadBytes(Encoding.GetEncoding("GB18030").GetBytes(text))));
        Assert.Equal(expected, Samples.Tables(ReadBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)])));
        Assert.Equal(expected, Samples.Tables(ReadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)])));
        Assert.Equal("同江市卫生健康局", ReadBytes(Encoding.GetEncoding("GBK").GetBytes(Samples.Text(Samples.Tongjiang))).Agency);
    }

    /// <summary>Changes that keep the meaning (found by the fuzz harness, bench/ fuzz): every cell stays as it was.</summary>
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Spaces_before_tabs_and_at_line_ends_zero_width_marks_full_width_digits_and_CRLF_change_no_cell(string sample)
    {
        var text = Samples.Text(sample);
        var expected = Samples.Tables(Samples.Read(sample));

        Assert.Equal(expected, Samples.Tables(ReadText(text.Replace("\t", " \t", StringComparison.Ordinal))));
        Assert.Equal(expected, Samples.Tables(ReadText(text.Replace("\n", "  \n", StringComparison.Ordinal))));
        Assert.Equal(expected, Samples.Tables(ReadText(text.Replace("\t", "\t\u200B", StringComparison.Ordinal).Replace("0", "\uFEFF0", StringComparison.Ordinal))));
        Assert.Equal(expected, Samples.Tables(ReadText(Regex.Replace(text, "[0-9]", m => ((char)('０' + (m.Value[0] - '0'))).ToString()))));
        Assert.Equal(expected, Samples.Tables(ReadText(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void Bookmark_residue_spaces_inside_words_and_mixed_width_punctuation_do_not_change_the_tables()
    {
        var report = Builders.ConsistentReport();
        var clean = Samples.TabText(report);
        var messy = clean
            .Replace("三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请情况[bookmark: _Hlk66973412]")
            .Replace("（一）予以公开", "(一) 予 以 公 开")
            .Replace("（七）总计", "(七) 总 计")
            .Replace("1.属于国家秘密", "1．属于国家秘密[bookmark: _Hlk1]")
            .Replace("四、结转下年度继续办理", "四、结转下年度 继续办理")
            .Replace("\t5\n", "\t５\n"); // a full-width digit in the total of row 1

        Assert.NotEqual(clean, messy);
        Assert.Equal(Samples.Tables(ReadText(clean)), Samples.Tables(ReadText(messy)));
        Assert.Equal(5m, ReadText(messy).Requests["1", ApplicantColumn.Total]);
        Assert.DoesNotContain(Auditor.Audit(ReadText(messy)), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_table_pasted_with_spaces_instead_of_tabs_reads_the_same()
    {
        var report = Builders.ConsistentReport();
        var tabs = Samples.TabText(report);
        var spaces = tabs.Replace("\t", "   ");

        Assert.Equal(Samples.Tables(ReadText(tabs)), Samples.Tables(ReadText(spaces)));
    }

    [Fact]
    public void One_cell_per_line_without_blank_lines_between_rows_reads_the_same()
    {
        var report = Builders.ConsistentReport();
        var tabs = Samples.TabText(report);
        // Every cell on its own line after a tab, as the tongjiang file, but with no blank line ending a row.
        var lines = tabs.Split('\n').SelectMany(line => line.Contains('\t') ? line.Split('\t').Select(c => "\t" + c) : [line]);
        var cellPerLine = string.Join('\n', lines);

        Assert.Equal(Samples.Tables(ReadText(tabs)), Samples.Tables(ReadText(cellPerLine)));
    }

    [Fact]
    public void A_label_wrapped_over_two_lines_is_one_label()
    {
        var report = Builders.ConsistentReport();
        var tabs = Samples.TabText(report);
        var wrapped = tabs.Replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）");

        Assert.Equal(Samples.Tables(ReadText(tabs)), Samples.Tables(ReadText(wrapped)));
    }

    [Fact]
    public void Rows_whose_labels_were_lost_take_their_place_in_the_order_of_the_format()
    {
        var report = Builders.ConsistentReport();
        var tabs = Samples.TabText(report);
        // Drop the label of every numbered sub-row ("4.保护第三方合法权益"), as the shanting file does.
        var unlabelled = Regex.Replace(tabs, @"\t\d\.[^\t\n]+\t", "\t\t");

        Assert.NotEqual(tabs, unlabelled);
        Assert.Equal(Samples.Tables(report), Samples.Tables(ReadText(unlabelled)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("无")]
    [InlineData("")]
    public void A_slash_dash_none_or_blank_cell_is_missing_not_zero(string marker)
    {
        var report = Builders.ConsistentReport();
        var tabs = Samples.TabText(report);
        var row = tabs.Split('\n').Single(l => l.Contains("（一）予以公开", StringComparison.Ordinal));
        var cells = row.Split('\t');
        cells[Array.IndexOf(cells, "（一）予以公开") + 2] = marker; // 商业企业
        var read = ReadText(tabs.Replace(row, string.Join('\t', cells)));

        Assert.Null(read.Requests["3.1", ApplicantColumn.CommercialEnterprise]);
        Assert.Equal(2m, read.Requests["3.1", ApplicantColumn.NaturalPerson]);
        var missing = Assert.Single(Auditor.Audit(read), f => f.Rule == RuleIds.Missing);
        Assert.Equal(new Location("三", "3.1", "commercialEnterprise"), missing.Location);
    }

    [Fact]
    public void Two_single_digits_that_make_the_row_balance_when_joined_are_read_as_one_number_with_a_warning()
    {
        var report = Builders.ConsistentReport();
        report.Requests.SetRow("1", 13, 1, 0, 0, 1, 0, 15);
        report.Requests.SetRow("3.1", 12, 0, 0, 0, 0, 0, 12);
        report.Requests.SetRow("3.7", 13, 1, 0, 0, 1, 0, 15);
        report.StatedFacts.Clear();
        report.SectionText[ReportSection.Overview] = report.SectionText[ReportSection.Overview].Replace("申请5件", "申请15件");
        Assert.Empty(Auditor.Audit(report));
        var tabs = Samples.TabText(report);
        var split = tabs.Replace("一、本年新收政府信息公开申请数量\t13\t", "一、本年新收政府信息公开申请数量\t1\t3\t");

        var read = ReadText(split);

        Assert.Equal(Samples.Tables(report), Samples.Tables(read));
        var finding = Assert.Single(Auditor.Audit(read));
        Assert.Equal((RuleIds.SplitCell, Severity.Warning, "13"), (finding.Rule, finding.Severity, finding.Expected));
    }

    [Fact]
    public void A_report_read_from_its_own_text_has_the_narrative_facts_and_audits_clean()
    {
        var report = Builders.ConsistentReport();

        var read = ReadText(Samples.TabText(report));

        Assert.Equal((Builders.Agency, 2024), (read.Agency, read.Year));
        Assert.Contains(read.StatedFacts, f => f is { Kind: StatedFactKind.RequestsReceived, Value: 5 });
        Assert.Contains(read.StatedFacts, f => f is { Kind: StatedFactKind.ReviewCases, Value: 1 });
        Assert.Contains(read.StatedFacts, f => f is { Kind: StatedFactKind.LitigationCases, Value: 1 });
        Assert.Empty(Auditor.Audit(read));
    }

    [Fact]
    public void A_narrative_that_contradicts_the_table_and_a_wrong_statistics_year_are_found_in_the_text()
    {
        var text = Samples.Text(Samples.Tongjiang)
            .Replace("共收到政府信息公开申请2件", "共收到政府信息公开申请3件")
            .Replace("二、主动公开政府信息情况", "本报告统计数据从2023年1月1日至12月31日。\n二、主动公开政府信息情况");

        var findings = Auditor.Audit(ReadText(text));

        Assert.Equal(["narrative", "year"], findings.Select(f => f.Rule).Order());
        Assert.Contains("共收到政府信息公开申请3件", findings.Single(f => f.Rule == "narrative").Message);
    }

    [Fact]
    public void Section_five_with_only_none_and_a_misnumbered_heading_are_found()
    {
        var text = Samples.Text(Samples.Pingluo);
        var start = text.IndexOf("五、存在主要问题及改进情况", StringComparison.Ordinal);
        var end = text.IndexOf("六、其他需要报告的事项", StringComparison.Ordinal);
        text = text[..start] + "五、存在主要问题及改进情况\n\n无。\n\n" + text[end..].Replace("六、其他需要报告的事项", "七、其他需要报告的事项");

        var findings = Auditor.Audit(ReadText(text));

        Assert.Equal(["empty-section", "sections"], findings.Select(f => f.Rule).Order());
    }
}
