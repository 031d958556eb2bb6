using Gongkai.Audit;
using Gongkai.Documents.Auditing;
using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Documents.Tests.Auditing;

/// <summary>雷同 across agencies on the real reports: three health commissions of different places, and one that copied another.</summary>
public sealed class CopiesAcrossAgenciesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-copies-").FullName;

    [Fact]
    public void Real_reports_of_three_agencies_of_the_same_kind_share_far_less_than_a_copy()
    {
        var reports = new[] { Samples.Pingluo, Samples.Shanting, Samples.Tongjiang }.Select(Samples.Read).ToList();
        foreach (var section in NarrativeCopies.Compared)
            for (var a = 0; a < reports.Count; a++)
                for (var b = a + 1; b < reports.Count; b++)
                {
                    var similarity = NarrativeCopies.Similarity(NarrativeCopies.Fingerprint(reports[a].SectionText.GetValueOrDefault(section)),
                        NarrativeCopies.Fingerprint(reports[b].SectionText.GetValueOrDefault(section)));
                    Assert.True(similarity < NarrativeCopies.Threshold / 3, $"{reports[a].Agency} and {reports[b].Agency}, section {section.Numeral()}: {similarity:P0}");
                }
    }

    [Fact]
    public void A_folder_audit_warns_on_both_reports_that_share_their_narrative_and_names_the_other_file()
    {
        foreach (var sample in new[] { Samples.Pingluo, Samples.Shanting, Samples.Tongjiang })
            File.Copy(Samples.PathOf(sample), Path.Combine(_folder, sample));
        // Another county's commission published Pingluo's report under its own name, with its own figures in the text.
        var copied = Samples.Text(Samples.Pingluo).Replace("平罗县卫生健康局", "示例县卫生健康局", StringComparison.Ordinal)
            .Replace("2024年", "2024年度", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "示例县卫健局2024.txt"), copied);

        var results = BatchAuditor.Audit(BatchAuditor.ExpandPaths([_folder]), null).ToDictionary(r => Path.GetFileName(r.File));

        string[] Copies(string file) => results[file].Findings.Where(f => f.Rule == RuleIds.Copied).Select(f => f.Message).ToArray();
        Assert.Contains(Copies("示例县卫健局2024.txt"), m => m.StartsWith("第五部分“五、存在的主要问题及改进情况”与pingluo-weijian-2024.txt（", StringComparison.Ordinal));
        Assert.Contains(Copies(Samples.Pingluo), m => m.Contains("与示例县卫健局2024.txt（示例县卫生健康局）的同一部分", StringComparison.Ordinal));
        Assert.Empty(Copies(Samples.Shanting));
        Assert.Empty(Copies(Samples.Tongjiang));
        Assert.All(results.Values.SelectMany(r => r.Findings).Where(f => f.Rule == RuleIds.Copied), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
