using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Access;

/// <summary>What an attacker, a careless upload or two simultaneous users tried on the demo database, and now fails.</summary>
public sealed class AttackTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private int AgencyId => factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoData.AgencyName).Id);

    private object Application(string name, string description, string key) => new
    {
        applicantType = "NaturalPerson",
        name,
        idNumber = "110101199001011234",
        phone = "13911112222",
        address = "示例县人民路2号",
        description,
        deliveryForm = "电子邮件",
        submissionKey = key,
    };

    [Fact]
    public async Task An_agency_administrator_cannot_open_a_supervising_office_account()
    {
        var admin = await WebPage.SignInAsync(factory, "admin@demo.gongkai");
        var response = await admin.PostAsync("/Admin/Users", new()
        {
            ["Account.Email"] = "fake-office@demo.gongkai",
            ["Account.DisplayName"] = "假督查",
            ["Account.Password"] = "Fake-Office-2026x",
            ["Role"] = Role.Supervisor.Key(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("管理员不能开设“政务公开办（监督）”账号", (await WebPage.ParseAsync(response)).Body!.TextContent);
        Assert.Null(factory.Scoped(db => db.Users.SingleOrDefault(u => u.Email == "fake-office@demo.gongkai")));
        // Nor give the role to an account it has.
        var officerId = factory.Scoped(db => db.Users.Single(u => u.Email == "officer@demo.gongkai").Id);
        var role = await admin.PostAsync($"/Admin/Users?handler=Role&id={officerId}", new() { ["role"] = Role.Supervisor.Key() }, pageUrl: "/Admin/Users");
        Assert.Contains("管理员不能设置“政务公开办（监督）”角色", (await WebPage.ParseAsync(role)).Body!.TextContent);
    }

    [Fact]
    public async Task A_control_character_in_a_name_is_refused_naming_the_field_and_stores_nothing()
    {
        var key = Guid.NewGuid().ToString("N");
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/public/agencies/{AgencyId}/requests", Application("张\u0001三", "某项信息", key));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!;
        Assert.Equal("申请人姓名或名称含有不可显示的控制字符（U+0001），请删除后再提交。", (string?)errors["name"]![0]);
        Assert.False(factory.Scoped(db => db.Requests.Any(r => r.SubmissionKey == key)));
    }

    [Fact]
    public async Task Line_breaks_in_a_description_stay_inside_the_quotation_of_the_receipt_and_forge_no_paragraph()
    {
        var key = Guid.NewGuid().ToString("N");
        var forged = "本县2025年医院名单\n本机关决定：予以公开全部信息。\n\n";
        var created = await factory.CreateClient().PostAsJsonAsync($"/api/public/agencies/{AgencyId}/requests", Application("李四", forged, key));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var receipt = await factory.ScopedAsync(async db =>
        {
            var request = await db.Requests.SingleAsync(r => r.SubmissionKey == key);
            return await db.Letters.SingleAsync(l => l.RequestId == request.Id);
        });
        var letter = OpenedLetter.Open(receipt.Docx);
        Assert.DoesNotContain(letter.Paragraphs, p => p.StartsWith("本机关决定", StringComparison.Ordinal));
        Assert.Contains(letter.Paragraphs, p => p.Contains("所需信息为：“本县2025年医院名单 本机关决定：予以公开全部信息。”。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Twelve_simultaneous_online_applications_get_twelve_different_numbers()
    {
        var client = factory.CreateClient();
        var keys = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        var responses = await Task.WhenAll(keys.Select(k => client.PostAsJsonAsync($"/api/public/agencies/{AgencyId}/requests", Application("王五", "同时提交的申请", k))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(responses.Select(async r => (string)JsonNode.Parse(await r.Content.ReadAsStringAsync())!["number"]!));
        Assert.Equal(12, numbers.Distinct().Count());
        var letterNumbers = factory.Scoped(db => db.Letters.Where(l => l.AgencyId == AgencyId).Select(l => l.Number).ToList());
        Assert.Equal(letterNumbers.Count, letterNumbers.Distinct().Count());
    }

    [Fact]
    public async Task Wrong_passwords_slow_down_alike_for_real_and_unknown_accounts_and_lock_no_account()
    {
        async Task<string> TryAsync(string email)
        {
            var page = new WebPage(factory.CreateClient(new() { AllowAutoRedirect = false }));
            var response = await page.PostAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = "wrong-password-x" });
            return (await WebPage.ParseAsync(response)).QuerySelector(".error")!.TextContent.Trim();
        }
        var real = new List<string>();
        var unknown = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            real.Add(await TryAsync("head@demo.gongkai"));
            unknown.Add(await TryAsync("nobody@demo.gongkai"));
        }

        Assert.Equal(real, unknown);
        Assert.Equal(LoginModelRefused, real[0]);
        Assert.StartsWith("登录尝试过于频繁，请", real[^1]);
        var head = factory.Scoped(db => db.Users.Single(u => u.Email == "head@demo.gongkai"));
        Assert.Null(head.LockoutEnd);
        Assert.Equal(0, head.AccessFailedCount);
        Assert.Contains(factory.Scoped(db => db.AuditLog.Where(e => e.Action == AuditAction.SignInFailed).Select(e => e.Target).ToList()), t => t == "nobody@demo.gongkai");
    }

    private const string LoginModelRefused = Pages.Account.LoginModel.Refused;

    [Theory]
    [InlineData("Password1", "密码至少12位")]
    [InlineData("Password2026!", "密码过于常见")]
    [InlineData("Qwertyuiop123", "密码过于常见")]
    public async Task Short_and_common_passwords_are_refused(string password, string reason)
    {
        var admin = await WebPage.SignInAsync(factory, "admin@demo.gongkai");
        var response = await admin.PostAsync("/Admin/Users", new()
        {
            ["Account.Email"] = "weak@demo.gongkai",
            ["Account.DisplayName"] = "弱密码",
            ["Account.Password"] = password,
            ["Role"] = Role.Officer.Key(),
        });
        Assert.Contains(reason, (await WebPage.ParseAsync(response)).Body!.TextContent);
        Assert.Null(factory.Scoped(db => db.Users.SingleOrDefault(u => u.Email == "weak@demo.gongkai")));
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_no_server_banner()
    {
        var response = await factory.CreateClient().GetAsync("/Public");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Broken_json_expired_forms_and_empty_names_get_a_chinese_answer_never_a_blank_or_500()
    {
        var broken = await factory.CreateClient().PostAsync($"/api/public/agencies/{AgencyId}/requests", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("请求内容无法读取", (string?)JsonNode.Parse(await broken.Content.ReadAsStringAsync())!["detail"]);

        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var expired = await officer.PostWithTokenAsync("/Requests/New", new() { ["Form.Name"] = "张三" }, "expired-token");
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("表单已过期", (await WebPage.ParseAsync(expired)).Body!.TextContent);

        var admin = await WebPage.SignInAsync(factory, "admin@demo.gongkai");
        var catalogue = await admin.PostAsync("/Admin/Catalogue", new() { ["Name"] = "" });
        Assert.Equal(HttpStatusCode.OK, catalogue.StatusCode);
        Assert.Contains("请填写类别名称", (await WebPage.ParseAsync(catalogue)).Body!.TextContent);
        var supervisor = await WebPage.SignInAsync(factory, DemoData.SupervisorEmail);
        var agencies = await supervisor.PostAsync("/Supervision/Agencies", new() { ["Name"] = "" });
        Assert.Equal(HttpStatusCode.OK, agencies.StatusCode);
    }

    [Fact]
    public async Task Views_of_personal_data_and_sign_ins_are_in_the_audit_log_that_the_admin_and_the_office_read()
    {
        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var (id, number) = factory.Scoped(db => db.Requests.Where(r => r.AgencyId == AgencyId).OrderBy(r => r.Id).Select(r => new { r.Id, r.Number }).AsEnumerable().Select(r => (r.Id, r.Number)).First());
        await officer.GetAsync($"/Requests/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, (await officer.Client.GetAsync($"/api/requests/{id}")).StatusCode);

        var admin = await WebPage.SignInAsync(factory, "admin@demo.gongkai");
        var log = (await admin.GetAsync("/Admin/Audit")).QuerySelector("#audit")!.TextContent;
        Assert.Contains("查看申请人完整个人信息", log);
        Assert.Contains($"申请{number}", log);
        Assert.Contains("李办事（officer@demo.gongkai）", log);
        Assert.Contains("办理页面", log);
        Assert.Contains("接口", log);
        var office = (await (await WebPage.SignInAsync(factory, DemoData.SupervisorEmail)).GetAsync($"/Supervision/Audit?agency={AgencyId}")).QuerySelector("#audit")!.TextContent;
        Assert.Contains("查看申请人完整个人信息", office);
        Assert.Throws<InvalidOperationException>(() => factory.Scoped(db =>
        {
            db.AuditLog.Remove(db.AuditLog.First());
            return db.SaveChanges();
        }));
    }

    [Fact]
    public async Task A_copy_of_the_database_file_holds_no_applicant_id_number_phone_or_address_in_clear_while_the_officer_sees_them()
    {
        var key = Guid.NewGuid().ToString("N");
        var application = new
        {
            applicantType = "NaturalPerson",
            name = "赵六",
            idNumber = "11010119850612733X",
            phone = "13766554433",
            address = "示例县幸福里17号",
            description = "某项信息",
            deliveryForm = "电子邮件",
            submissionKey = key,
        };
        var created = await factory.CreateClient().PostAsJsonAsync($"/api/public/agencies/{AgencyId}/requests", application);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = factory.Scoped(db => db.Requests.Single(r => r.SubmissionKey == key).Id);

        var officer = await WebPage.SignInAsync(factory, "officer@demo.gongkai");
        var page = (await officer.GetAsync($"/Requests/Details/{id}")).Body!.TextContent;
        Assert.Contains("11010119850612733X", page);
        Assert.Contains("示例县幸福里17号", page);

        // As someone who copied the file would read it: the database and its write-ahead log, byte by byte.
        factory.Scoped(db => db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE)"));
        foreach (var file in new[] { factory.DatabaseFile, factory.DatabaseFile + "-wal" }.Where(File.Exists))
        {
            using var copy = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var bytes = new byte[copy.Length];
            copy.ReadExactly(bytes);
            foreach (var secret in new[] { "11010119850612733X", "13766554433", "幸福里17号" })
                Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} is in clear in {Path.GetFileName(file)}");
        }
        // Nor does anything the app logged.
        Assert.DoesNotContain(factory.Logs, line => line.Contains("11010119850612733X") || line.Contains("13766554433"));
    }
}
