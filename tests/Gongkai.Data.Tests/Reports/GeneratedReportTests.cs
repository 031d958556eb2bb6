using System.Text;
using Gongkai.Audit;
using Gongkai.Data.Demo;
using Gongkai.Data.Reports;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Requests;

namespace Gongkai.Data.Tests.Reports;

/// <summary>
/// The proof: reports generated from registers, written in every format and read back by the reader, have the same
/// tables and audit clean — for the demo register, registers that reproduce published reports, and random ones.
/// </summary>
public class GeneratedReportTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static async Task AssertEveryFormatReadsBackAsync(AnnualReport report, AnnualReport? previous)
    {
        var expected = Samples.Tables(report);
        var formats = new Dictionary<string, byte[]>
        {
            ["docx"] = ReportDocx.Write(report),
            ["html"] = Encoding.UTF8.GetBytes(ReportHtml.Write(report)),
            ["pdf"] = await ReportPdf.WriteAsync(report),
        };
        var readPrevious = previous is null ? null : ReportReader.Read(Encoding.UTF8.GetBytes(ReportHtml.Write(previous)));
        foreach (var (format, bytes) in formats)
        {
            var read = ReportReader.Read(bytes);
            Assert.True(expected == Samples.Tables(read), $"{format}: the tables read back differ");
            Assert.Equal(report.Year, read.Year);
            var errors = Auditor.Audit(read, readPrevious).Where(f => f.Severity == Severity.Error && !IsPrompt(f)).Select(f => $"{format}: {f.Message}").ToList();
            Assert.Empty(errors);
        }
        var json = System.Text.Json.Nodes.JsonNode.Parse(ReportJson.Audited(new AuditedReport("r.json", report, null, [])).ToJsonString())!;
        Assert.Equal(report.Requests[RequestRow.Received, ApplicantColumn.Total], (decimal?)json["requests"]!["1"]![6]);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task The_demo_registers_reports_read_back_identically_from_DOCX_HTML_and_PDF_and_audit_clean(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = await DemoRegister.EnsureAsync(database.Context, Today, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8)));

        var report2025 = await ReportBuilder.BuildAsync(database.Context, agency.Id, 2025);
        var report2026 = await ReportBuilder.BuildAsync(database.Context, agency.Id, 2026);

        Assert.True(report2026.Requests[RequestRow.Received, ApplicantColumn.Total] > 0);
        Assert.Equal(1m, report2026.LitigationDirect[3]); // the lawsuit filed this month, not yet decided
        await AssertEveryFormatReadsBackAsync(report2026, report2025);
        await AssertEveryFormatReadsBackAsync(report2025, null);
    }

    [Fact]
    public async Task A_register_with_the_facts_of_the_tongjiang_report_generates_its_tables()
    {
        await using var database = await TestDatabase.CreateAsync();
        var register = await RegisterBuilder.ForAgencyAsync(database.Context, "同江市卫生健康局");
        register.Request(ApplicantType.NaturalPerson, new DateOnly(2024, 3, 4), "3.1");
        register.Request(ApplicantType.NaturalPerson, new DateOnly(2024, 8, 12), "3.1");
        register.Decisions(2024, licensing: 230, penalty: 29, enforcement: 0, feesWanYuan: 0);
        await database.Context.SaveChangesAsync();

        var report = await ReportBuilder.BuildAsync(database.Context, register.Agency.Id, 2024);

        Assert.Equal(Samples.Tables(Samples.Read(Samples.Tongjiang)), Samples.Tables(report));
        await AssertEveryFormatReadsBackAsync(report, null);
    }

    [Fact]
    public async Task A_register_with_the_facts_of_the_pingluo_report_generates_its_tables()
    {
        await using var database = await TestDatabase.CreateAsync();
        var register = await RegisterBuilder.ForAgencyAsync(database.Context, "平罗县卫生健康局");
        register.Decisions(2024, licensing: 605, penalty: 93, enforcement: 2, feesWanYuan: 0);
        await database.Context.SaveChangesAsync();

        var report = await ReportBuilder.BuildAsync(database.Context, register.Agency.Id, 2024);

        Assert.Equal(Samples.Tables(Samples.Read(Samples.Pingluo)), Samples.Tables(report));
        Assert.Contains("全年未收到政府信息公开申请", report.SectionText[ReportSection.Overview]);
    }

    public static IEnumerable<object[]> RandomRegisters =>
        Enumerable.Range(1, 12).Select(seed => new object[] { seed, Provider.Sqlite })
            .Concat(Enumerable.Range(101, 4).Select(seed => new object[] { seed, Provider.Postgres }));

    [Theory]
    [MemberData(nameof(RandomRegisters))]
    public async Task Every_report_generated_from_a_random_register_satisfies_the_rules(int seed, Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await RegisterBuilder.RandomAsync(database.Context, seed);

        var previous = await ReportBuilder.BuildAsync(database.Context, register.Agency.Id, 2023);
        var report = await ReportBuilder.BuildAsync(database.Context, register.Agency.Id, 2024);

        var (read, findings) = ReportCheck.Audit(report, previous);
        Assert.Empty(findings.Where(f => f.Severity == Severity.Error && !IsPrompt(f)).Select(f => f.Message));
        // What is left for the officer are the draft's own prompts, each flagged until it is filled in.
        Assert.All(findings.Where(IsPrompt), f => Assert.StartsWith("【请补充", f.Found));
        Assert.Equal(Samples.Tables(report), Samples.Tables(read));
    }

    /// <summary>The draft's 【请补充…】 prompts: the generated tables and facts obey every rule, the officer writes these.</summary>
    private static bool IsPrompt(Finding finding) => finding.Rule == RuleIds.Placeholder && finding.Found!.StartsWith("【请补充", StringComparison.Ordinal);
}
