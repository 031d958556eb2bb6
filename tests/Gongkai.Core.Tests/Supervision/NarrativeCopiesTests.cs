using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Core.Tests.Supervision;

/// <summary>
/// 雷同 on a generated region: every agency writes its own text around the phrases every report uses, a few copied another
/// agency's section (changing its figures and adding a line) or their own of last year; those and only those are found.
/// </summary>
public sealed class NarrativeCopiesTests
{
    [Fact]
    public void Every_planted_copy_is_found_and_no_other_pair()
    {
        var region = GeneratedRegion.Make(agencies: 400, seed: 7);

        var found = NarrativeCopies.Find(region.Documents)
            .Select(p => (p.A.Report, p.B.Report, p.A.Section)).ToHashSet();

        Assert.Equal(region.Planted.ToHashSet(), found);
        Assert.Equal(GeneratedRegion.Copies + GeneratedRegion.SelfCopies, found.Count);
    }

    [Fact]
    public void The_numbered_sub_titles_every_report_has_are_not_a_copy()
    {
        const string Headings = "（一）主动公开情况\n（二）依申请公开情况\n（三）政府信息管理\n（四）平台建设\n（五）监督保障\n";
        var a = Headings + GeneratedRegion.Sentences(new Random(1), 4);
        var b = Headings + GeneratedRegion.Sentences(new Random(2), 4);

        Assert.True(NarrativeCopies.Similarity(NarrativeCopies.Fingerprint(a), NarrativeCopies.Fingerprint(b)) < 0.1);
        Assert.Equal(1, NarrativeCopies.Similarity(NarrativeCopies.Fingerprint(a), NarrativeCopies.Fingerprint(a.Replace("（一）主动公开情况\n", ""))));
    }

    [Fact]
    public void The_shared_passages_are_marked_in_each_text()
    {
        var copied = "本机关严格落实信息发布三审三校制度，由办公室牵头逐级审核后发布。";
        var a = "二〇二五年共发布信息九十一条。" + copied;
        var b = copied + "另有公示栏公示信息三十五条。";

        var passages = NarrativeCopies.Passages(a, b);

        Assert.Equal(a, string.Concat(passages.Select(p => p.Text)));
        Assert.Equal(copied[..^1], Assert.Single(passages, p => p.Shared).Text.TrimEnd('。'));
    }
}

/// <summary>A region of agencies with two years of reports; its planted copies, by report index and section.</summary>
public sealed record GeneratedRegion(List<NarrativeDocument> Documents, List<(int A, int B, ReportSection Section)> Planted)
{
    public const int Copies = 12;
    public const int SelfCopies = 4;

    private static readonly string[] Phrases =
    [
        "坚持以习近平新时代中国特色社会主义思想为指导。", "认真贯彻落实《中华人民共和国政府信息公开条例》。", "进一步提升政务公开质量和实效。",
        "严格按照法定时限答复依申请公开事项。", "切实保障人民群众知情权、参与权、表达权和监督权。", "不断完善政府信息公开工作机制。",
    ];

    private const string Characters = "政务公开信息工作机制制度规范平台网站发布审核保密培训解读栏目更新维护群众企业服务办理答复申请时限质量监督考核整改落实推进完善加强建设管理部门单位科室人员年度季度月份健康教育交通财政税务市场农业水利环境卫生医疗养老就业住房文化旅游体育安全应急消防规划自然资源统计审计民政司法人社商务科技工信";

    public static GeneratedRegion Make(int agencies, int seed)
    {
        var random = new Random(seed);
        var documents = new List<NarrativeDocument>();
        var texts = new List<string>();
        for (var agency = 0; agency < agencies; agency++)
            for (var year = 2024; year <= 2025; year++)
                foreach (var section in NarrativeCopies.Compared)
                {
                    var text = "（一）总体情况\n" + Phrases[random.Next(Phrases.Length)] + Sentences(random, 8) + Phrases[random.Next(Phrases.Length)];
                    texts.Add(text);
                    documents.Add(new NarrativeDocument(documents.Count, $"机关{agency}", year, section, []));
                }
        var planted = new List<(int, int, ReportSection)>();
        void Plant(int from, int to)
        {
            texts[to] = Edited(texts[from], random);
            planted.Add((Math.Min(from, to), Math.Max(from, to), documents[from].Section));
        }
        // Another agency's section of this year or last; then an agency's own section of last year.
        for (var i = 0; i < Copies; i++) Plant(Pick(random, agencies, 2024 + i % 2, i % 3), Pick(random, agencies, 2025, i % 3));
        for (var i = 0; i < SelfCopies; i++)
        {
            var agency = random.Next(agencies);
            Plant(Index(agency, 2024, 1), Index(agency, 2025, 1));
        }
        return new GeneratedRegion(documents.Select((d, i) => d with { Prints = NarrativeCopies.Fingerprint(texts[i]) }).ToList(), planted);
    }

    private static int Index(int agency, int year, int section) => (agency * 2 + (year - 2024)) * 3 + section;

    private static int Pick(Random random, int agencies, int year, int section) => Index(random.Next(agencies), year, section);

    /// <summary>The copy as agencies make it: their own figures, a line added at the end.</summary>
    private static string Edited(string text, Random random) =>
        System.Text.RegularExpressions.Regex.Replace(text, "[0-9]+", _ => random.Next(1, 999).ToString(System.Globalization.CultureInfo.InvariantCulture))
        + "本年度共发布信息" + random.Next(10, 500).ToString(System.Globalization.CultureInfo.InvariantCulture) + "条。";

    /// <summary>Sentences of the region's words in random order, with figures: each agency's own text.</summary>
    public static string Sentences(Random random, int count)
    {
        var text = new System.Text.StringBuilder();
        for (var s = 0; s < count; s++)
        {
            for (var w = random.Next(12, 30); w > 0; w--) text.Append(Characters[random.Next(Characters.Length)]);
            text.Append(random.Next(1, 500).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("件。");
        }
        return text.ToString();
    }
}
