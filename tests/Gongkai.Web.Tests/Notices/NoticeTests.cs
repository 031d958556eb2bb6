using Gongkai.Notices;
using Gongkai.Web.Notices;
using Gongkai.Web.Tests.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Notices;

/// <summary>Notices by e-mail (a real SMTP server) and SMS (a local gateway): queued with the step, sent from the queue.</summary>
public sealed class NoticeTests(NoticeFactory factory) : IClassFixture<NoticeFactory>
{
    private async Task<int> SendAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NoticeSender>().SendDueAsync();
    }

    private async Task<long> RegisterAsync(OfficerDesk officer, string email, string phone)
    {
        var response = await officer.Page.PostAsync("/Requests/New", new()
        {
            ["Form.ApplicantType"] = "NaturalPerson",
            ["Form.Name"] = "邮通知",
            ["Form.IdNumber"] = "110101199909091234",
            ["Form.Phone"] = phone,
            ["Form.Email"] = email,
            ["Form.Channel"] = "Post",
            ["Form.ReceivedOn"] = "2026-11-24",
            ["Form.Description"] = "本县2026年卫生监督抽检结果",
            ["Form.DeliveryForm"] = "电子邮件",
        });
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_applicant_is_told_of_receipt_correction_and_reply_by_mail_and_sms()
    {
        var officer = await OfficerDesk.SignInAsync(factory);
        var id = await RegisterAsync(officer, "youtongzhi@example.cn", "13912340000");
        await officer.OkAsync(id, "correction", "2026-11-25", new { note = "请写明抽检的时间范围" });
        await SendAsync();

        var mail = factory.Mail.Where(m => m.To.ToString().Contains("youtongzhi@example.cn", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mail.Count);
        Assert.Contains(mail, m => (m.Subject ?? "").Contains("已收到您的政府信息公开申请", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("2026年12月22日之前（含当日）答复", StringComparison.Ordinal));
        Assert.Contains(mail, m => (m.Subject ?? "").StartsWith("请补正", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("请写明抽检的时间范围", StringComparison.Ordinal));
        var texts = factory.Texts.Where(t => (string?)t["phone"] == "13912340000").ToList();
        Assert.Equal(2, texts.Count);
        Assert.All(texts, t => Assert.Equal("Bearer gateway-token", (string?)t["authorization"]));

        // Sent once: the queue does not send them again, and the logs hold neither the address nor the phone.
        Assert.Equal(0, await SendAsync());
        Assert.DoesNotContain(factory.Logs, line => line.Contains("youtongzhi@example.cn", StringComparison.Ordinal) || line.Contains("13912340000", StringComparison.Ordinal));
        Assert.All(factory.Scoped(db => db.Notices.Where(n => n.RequestId == id).ToList()), n => Assert.NotNull(n.SentAt));
    }

    [Fact]
    public async Task Officers_and_heads_are_reminded_of_overdue_requests_once()
    {
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<NoticeQueue>().AddDeadlinesAsync();
        await SendAsync();

        var overdue = factory.Mail.Where(m => (m.Subject ?? "").Contains("已超过答复期限", StringComparison.Ordinal)).ToList();
        Assert.Contains(overdue, m => m.To.ToString().Contains("officer@demo.gongkai", StringComparison.Ordinal));
        Assert.Contains(overdue, m => m.To.ToString().Contains("head@demo.gongkai", StringComparison.Ordinal));
        using (var scope = factory.Services.CreateScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NoticeQueue>().AddDeadlinesAsync());
    }
}

/// <summary>A mail server that is down delays the notice, never the step.</summary>
public sealed class MailDownTests(MailDownFactory factory) : IClassFixture<MailDownFactory>
{
    [Fact]
    public async Task The_step_is_saved_and_the_notice_waits_for_a_later_attempt()
    {
        var officer = await OfficerDesk.SignInAsync(factory);
        var id = await officer.RegisterAsync();
        await officer.OkAsync(id, "decide", "2026-11-25", new { outcome = "3.1" });

        using var scope = factory.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NoticeSender>().SendDueAsync());
        var notice = factory.Scoped(db => db.Notices.Single(n => n.RequestId == id && n.Kind == NoticeKind.Receipt && n.Channel == NoticeChannel.Email));
        Assert.Null(notice.SentAt);
        Assert.Equal(1, notice.Attempts);
        Assert.False(notice.GaveUp);
        Assert.NotNull(notice.LastError);
        Assert.Equal(Gongkai.Requests.RequestState.Decided, factory.Scoped(db => db.Requests.Single(r => r.Id == id).State));
    }
}
