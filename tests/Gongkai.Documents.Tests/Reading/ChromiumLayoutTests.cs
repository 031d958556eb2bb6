using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Pages printed by Chromium (its CJK fonts come out as Type 3) in the layouts agencies' sites give them: narrow pages
/// and columns where row labels wrap over two or three lines, cells aligned to the top or bottom, tight padding, so that
/// numbers of neighbouring columns stand close. Every cell and every finding must be those of the report printed.
/// </summary>
[Collection(ChromiumCollection.Name)]
public class ChromiumLayoutTests(Chromium chromium)
{
    public static IEnumerable<object[]> Layouts =>
        from layout in new[]
        {
            "@page { size: A5 } body { font-size: 12px } table { width: 100% }",
            "@page { size: A6 } body { font-size: 10px } th, td { padding: 0 }",
            "table { width: 62% } th, td { vertical-align: top; padding: 1px }",
            "table { width: 70% } th, td { vertical-align: bottom }",
            "table { width: 100%; font-size: 18px } th, td { padding: 1px 0 }",
        }
        from report in new[] { Samples.Pingluo, Samples.Shanting, Samples.Tongjiang, "builder×137" }
        select new object[] { report, layout };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Wrapped_labels_and_close_columns_give_every_cell_and_finding(string name, string layout)
    {
        var report = name == "builder×137" ? Scaled(Builders.ConsistentReport(), 137) : Samples.Read(name);
        var html = ReportHtml.Write(report).Replace("</style>", layout + "</style>", StringComparison.Ordinal);

        var read = ReportReader.Read(await chromium.PrintToPdf(html, pageNumbers: true));

        Assert.Equal(Samples.Tables(report), Samples.Tables(read));
        Assert.Equal((report.Agency, report.Year), (read.Agency, read.Year));
        Assert.Equal(Auditor.Audit(report).Select(f => (f.Rule, f.Location)), Auditor.Audit(read).Select(f => (f.Rule, f.Location)));
    }

    /// <summary>Every count times a factor: the sums still hold, and numbers of several digits fill the narrow columns.</summary>
    private static AnnualReport Scaled(AnnualReport report, int factor)
    {
        foreach (var row in RequestRow.All) report.Requests.SetRow(row, report.Requests.Row(row).Select(v => v * factor).ToArray());
        foreach (var kind in Enum.GetValues<CaseKind>()) report.Cases(kind).Set(report.Cases(kind).Values.Select(v => v * factor).ToArray());
        foreach (var counts in new[] { report.Proactive.Regulations, report.Proactive.NormativeDocuments })
            counts.Set([counts.Issued * factor, counts.Repealed * factor, counts.InForce * factor]);
        report.Proactive.Licensing *= factor;
        report.StatedFacts.Clear();
        report.SectionText[ReportSection.Overview] = "本局坚持以公开为常态、不公开为例外，政府信息管理、平台建设和监督保障工作稳步推进。";
        return report;
    }
}
