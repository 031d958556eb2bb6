using Gongkai.Data.Supervision;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Bench;

/// <summary>
/// A province: 1 provincial office, 20 cities, 200 counties and departments under each, 5,000 agencies in all, each with
/// reports of three years (consistent across years, in text, HTML and DOCX by turns). Measured: the folder audited and
/// consolidated by the CLI; the same reports collected into the database by the background reader; the dashboard and
/// the consolidated page of the whole province.
/// </summary>
public static class ProvinceBench
{
    public const int Agencies = 5000;
    public static readonly int[] Years = [2023, 2024, 2025];
    private const int Cities = 20, CountiesPerCity = 10;

    /// <summary>The hierarchy: index 0 the province, then cities, counties, and departments spread over the counties.</summary>
    public static (string Name, int? Parent, AgencyLevel Level)[] Hierarchy()
    {
        var list = new List<(string, int?, AgencyLevel)> { ("某省人民政府", null, AgencyLevel.Province) };
        for (var c = 0; c < Cities; c++) list.Add(($"第{c + 1}市人民政府", 0, AgencyLevel.City));
        for (var c = 0; c < Cities * CountiesPerCity; c++) list.Add(($"第{c / CountiesPerCity + 1}市第{c % CountiesPerCity + 1}县人民政府", 1 + c / CountiesPerCity, AgencyLevel.County));
        var firstCounty = 1 + Cities;
        for (var d = 0; list.Count < Agencies; d++)
        {
            var county = firstCounty + d % (Cities * CountiesPerCity);
            list.Add(($"{list[county].Item1.Replace("人民政府", "", StringComparison.Ordinal)}第{d / (Cities * CountiesPerCity) + 1}部门", county, AgencyLevel.Department));
        }
        return list.ToArray();
    }

    /// <summary>An agency's report of a year; carry-over and documents in force follow from the year before.</summary>
    public static AnnualReport Report(string agency, int index, int year)
    {
        var random = new Random(index * 31 + year);
        var report = new AnnualReport { Agency = agency, Year = year };
        var step = year - Years[0];
        var carriedIn = step == 0 ? index % 3 : (index + step - 1) % 3;
        var carriedOver = (index + step) % 3;
        var received = 2 + random.Next(40) + carriedOver;
        var handled = received + carriedIn - carriedOver;
        report.Proactive.Regulations.Set([0, 0, 0]);
        var inForce = 10 + index % 50 + 2 * step;
        report.Proactive.NormativeDocuments.Set([2, 0, inForce]);
        (report.Proactive.Licensing, report.Proactive.Penalty, report.Proactive.Enforcement, report.Proactive.FeesWanYuan) = (random.Next(900), random.Next(90), random.Next(5), 0);
        var outcomes = new Dictionary<string, int> { ["3.1"] = handled / 2, ["3.2"] = handled / 5, ["3.3.4"] = handled / 10, ["3.5.2"] = handled / 20 };
        outcomes["3.4.1"] = handled - outcomes.Values.Sum();
        foreach (var row in RequestRow.All)
        {
            var total = row.Code switch
            {
                RequestRow.Received => received,
                RequestRow.CarriedIn => carriedIn,
                RequestRow.OutcomeTotal => handled,
                RequestRow.CarriedOver => carriedOver,
                _ => outcomes.GetValueOrDefault(row.Code),
            };
            // Companies asked for the partly disclosed ones; every column then balances as the whole row does.
            var companies = row.Code is "3.2" or RequestRow.Received or RequestRow.OutcomeTotal ? outcomes["3.2"] : 0;
            report.Requests.SetRow(row, [total - companies, companies, 0, 0, 0, 0, total]);
        }
        var reviews = random.Next(3);
        report.Review.Set([reviews, 0, 0, 0, reviews]);
        report.LitigationDirect.Set([0, 0, 0, 0, 0]);
        report.LitigationAfterReview.Set([0, 0, 0, 0, 0]);
        report.Opening = $"本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为{year}年1月1日至12月31日。";
        // Each year in other words, as agencies write them (the same words would rightly be flagged as copied).
        string[] focus = ["重点领域信息公开", "政策解读和回应关切", "政务公开平台建设", "基层政务公开标准化规范化"];
        string[] problems = ["政策解读形式较为单一", "公开目录更新不够及时", "依申请公开答复规范性有待提高", "工作人员业务培训不够"];
        report.SectionText[ReportSection.Overview] = $"{year}年，{agency}围绕{focus[(index + step) % 4]}开展工作，全年共收到政府信息公开申请{received}件，均依法按时答复。";
        report.SectionText[ReportSection.Problems] = $"存在的主要问题是{problems[(index + step) % 4]}。下一步将针对{focus[(index + step + 1) % 4]}加以改进。";
        report.SectionText[ReportSection.Other] = step switch { 0 => "本年度未收取信息处理费。", 1 => "本机关未发生收取信息处理费的情况，无其他需要报告的事项。", _ => "按照国务院办公厅规定，本年度没有收费，亦无其他事项。" };
        foreach (var section in ReportSections.All)
            report.Headings.Add(new SectionHeading((int)section, section, section.Title()));
        return report;
    }

    /// <summary>The province's 15,000 reports as files: text, HTML and DOCX by turns.</summary>
    public static void WriteFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        var watch = Stopwatch.StartNew();
        var hierarchy = Hierarchy();
        Parallel.For(0, hierarchy.Length, i =>
        {
            foreach (var year in Years)
            {
                var report = Report(hierarchy[i].Name, i, year);
                var path = Path.Combine(folder, $"{i:D4}-{year}");
                switch ((i + year) % 3)
                {
                    case 0: File.WriteAllBytes(path + ".docx", ReportDocx.Write(report)); break;
                    case 1: File.WriteAllText(path + ".html", ReportHtml.Write(report)); break;
                    default: File.WriteAllText(path + ".txt", ReportText.TabSeparated(report)); break;
                }
            }
        });
        Console.WriteLine($"wrote {hierarchy.Length * Years.Length} reports of {hierarchy.Length} agencies to {folder} in {watch.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>The reports collected into a database by the background reader, then the dashboard and consolidated page timed.</summary>
    public static async Task CollectAndBrowseAsync(string folder, string provider, string connection)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        _ = provider == "Postgres" ? options.UseGongkaiPostgres(connection, BenchKey.Value) : options.UseGongkaiSqlite(connection, BenchKey.Value);
        await using (var db = new GongkaiDbContext(options.Options))
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
            var hierarchy = Hierarchy();
            var agencies = new Agency[hierarchy.Length];
            for (var i = 0; i < hierarchy.Length; i++)
            {
                agencies[i] = new Agency(hierarchy[i].Name, false, hierarchy[i].Parent is { } p ? agencies[p].Id : null, hierarchy[i].Level);
                db.Agencies.Add(agencies[i]);
                if (hierarchy[i].Parent is null || i == Cities || i == Cities + Cities * CountiesPerCity) await db.SaveChangesAsync();
            }
            await db.SaveChangesAsync();
            var watch = Stopwatch.StartNew();
            var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
            var batch = db.UploadBatches.Add(new UploadBatch(agencies[0].Id, "基准", DateTimeOffset.UtcNow, null, new DateOnly(2026, 1, 20))).Entity;
            await db.SaveChangesAsync();
            foreach (var chunk in files.Chunk(500))
            {
                foreach (var file in chunk)
                    db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, Path.GetFileName(file), File.ReadAllBytes(file), new DateOnly(2026, 1, 20), DateTimeOffset.UtcNow, batchId: batch.Id));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            Console.WriteLine($"{files.Count} files stored as waiting submissions in {watch.Elapsed.TotalSeconds:F1} s ({provider})");
        }

        using var factory = new ProvinceFactory(provider, connection);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var read = Stopwatch.StartNew();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        using (var scope = factory.Services.CreateScope())
        {
            var reader = scope.ServiceProvider.GetRequiredService<SubmissionReader>();
            var done = 0;
            // The hosted worker reads too; this loop reads alongside it until the queue is empty.
            while (await reader.ReadNextAsync(64) is var n && n > 0) done += n;
            while (await PendingAsync(factory) > 0) await Task.Delay(200);
        }
        var seconds = read.Elapsed.TotalSeconds;
        Console.WriteLine($"collected reports read, matched and audited against the year before: {Agencies * Years.Length / seconds:F0}/s " +
                          $"({seconds:F1} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds:F0} s), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var states = await db.Submissions.GroupBy(s => s.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var errors = await db.Submissions.CountAsync(s => s.Errors > 0);
            Console.WriteLine($"  states: {string.Join(", ", states.Select(s => $"{s.Key} {s.Count}"))}; with errors: {errors}");
        }

        await SeedReviewsAsync(factory);
        await SignInAsync(factory, client);
        await Harness.TimeEachAsync("GET /Supervision (dashboard of 5,000 agencies, 2025, with review states)", 50, () => OkAsync(client, "/Supervision?year=2025"));
        await Harness.TimeEachAsync("GET /Supervision?status=Overdue (逾期未整改)", 50, () => OkAsync(client, "/Supervision?year=2025&status=Overdue"));
        await Harness.TimeEachAsync("GET /Supervision/Corrections (整改台账)", 20, () => OkAsync(client, "/Supervision/Corrections?year=2025"));
        await Harness.TimeEachAsync("GET /Supervision/Indicators (indicators, heatmap, 5-year trend)", 10, () => OkAsync(client, "/Supervision/Indicators?year=2025"));
        await Harness.TimeEachAsync("GET /Supervision/Copies (雷同 over 2024 and 2025, first computes, then kept)", 5, () => OkAsync(client, "/Supervision/Copies?year=2025"));
        await Harness.TimeEachAsync("GET /Supervision?status=errors (filtered)", 50, () => OkAsync(client, "/Supervision?year=2025&status=errors"));
        await Harness.TimeEachAsync("GET /Supervision/Consolidated (sums of 5,000 reports, charts, 3-year trend)", 20, () => OkAsync(client, "/Supervision/Consolidated?year=2025"));
        await Harness.TimeEachAsync("GET consolidated XLSX export", 10, () => OkAsync(client, "/Supervision/Consolidated?handler=Export&format=xlsx&year=2025"));
    }

    /// <summary>Review states as an office has them in March: two in five accepted, one in five returned (a quarter of those overdue), the rest pending.</summary>
    private static async Task SeedReviewsAsync(ProvinceFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var office = new Gongkai.Access.Actor("基准", Gongkai.Access.Role.Supervisor);
        var current = await db.Submissions.Where(s => s.Year == 2025 && s.State == SubmissionState.Read)
            .Select(s => new { s.Id, s.AgencyId, s.FindingsJson }).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var i = 0;
        foreach (var chunk in current.Chunk(500))
        {
            foreach (var s in chunk)
            {
                var review = new ReportReview(s.AgencyId!.Value, 2025);
                var findings = StoredReport.ReadFindings(s.FindingsJson);
                switch (i++ % 5)
                {
                    case 0 or 1 when findings.All(f => f.Severity != Gongkai.Audit.Severity.Error):
                        review.Accept(s.Id, findings, office, DateTimeOffset.UtcNow);
                        break;
                    case 2:
                        review.AddProblem(s.Id, "第五部分未写明上年问题的整改情况", office, DateTimeOffset.UtcNow);
                        review.Return(s.Id, findings, today.AddDays(i % 4 == 0 ? 1 : 15), today, office);
                        break;
                }
                db.ReportReviews.Add(review);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"  reviews: {current.Count} reports of 2025 with a review state");
    }

    private static async Task<int> PendingAsync(ProvinceFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Submissions.CountAsync(s => s.State == SubmissionState.Pending);
    }

    private static async Task OkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url} answered {response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task SignInAsync(WebApplicationFactory<Clock> factory, HttpClient client, Role role = Role.Supervisor, int? agencyId = null)
    {
        var email = $"{role.Key()}@bench.gongkai";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
                var root = agencyId ?? await db.Agencies.Where(a => a.ParentId == null).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
                var user = new User { UserName = email, Email = email, EmailConfirmed = true, AgencyId = root, DisplayName = "基准" };
                await users.CreateAsync(user, "Bench-Gongkai-2026");
                await users.AddToRoleAsync(user, role.Key());
                await DemoData.EnrolAuthenticatorAsync(users, scope.ServiceProvider.GetRequiredService<IUserStore<User>>(), user);
            }
        }
        var page = await client.GetStringAsync("/Account/Login");
        var token = page.Split("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"")[1].Split('"')[0];
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = "Bench-Gongkai-2026",
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("bench sign-in failed");
        page = await client.GetStringAsync("/Account/TwoFactor");
        token = page.Split("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"")[1].Split('"')[0];
        response = await client.PostAsync("/Account/TwoFactor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = TotpCode(),
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("bench second factor failed");
    }

    public static string TotpCode() => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DemoData.AuthenticatorKey)).ComputeTotp(DateTime.UtcNow);


    private sealed class ProvinceFactory(string provider, string connection) : WebApplicationFactory<Clock>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSolutionRelativeContentRoot("src/Gongkai.Web", "Gongkai.slnx");
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Gongkai", connection);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
