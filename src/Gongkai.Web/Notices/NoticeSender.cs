using System.Net.Http.Json;
using Gongkai.Notices;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Gongkai.Web.Notices;

/// <summary>
/// Sends the queued notices that are due: e-mail through SMTP (MailKit), SMS through the configured HTTP gateway. A server
/// that is down delays a notice, never a step; the logs name notices by id, never by address or phone.
/// </summary>
public sealed class NoticeSender(GongkaiDbContext db, IOptions<NoticeOptions> options, Clock clock, IHttpClientFactory http, ILogger<NoticeSender> log)
{
    public const string SmsClient = "sms";

    /// <summary>Sends up to <paramref name="batch"/> due notices; returns how many went out.</summary>
    public async Task<int> SendDueAsync(int batch = 50, CancellationToken cancel = default)
    {
        var now = clock.Now;
        var due = (await db.Notices.Where(n => n.SentAt == null && !n.GaveUp).ToListAsync(cancel))
            .Where(n => n.NextAttemptAt <= now).OrderBy(n => n.NextAttemptAt).Take(batch).ToList();
        var sent = 0;
        foreach (var notice in due)
        {
            try
            {
                var to = await RecipientAsync(notice, cancel);
                if (to is null) notice.Failed(now, "recipient has no address any more");
                else
                {
                    await (notice.Channel == NoticeChannel.Email ? MailAsync(to, notice, cancel) : TextAsync(to, notice, cancel));
                    notice.Sent(clock.Now);
                    sent++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                notice.Failed(now, e.GetType().Name + ": " + e.Message);
                log.LogWarning("Notice {NoticeId} ({Kind}, {Channel}) not sent, attempt {Attempt}: {Error}", notice.Id, notice.Kind, notice.Channel, notice.Attempts, e.GetType().Name);
            }
            await db.SaveChangesAsync(cancel);
        }
        return sent;
    }

    private async Task<string?> RecipientAsync(Notice notice, CancellationToken cancel)
    {
        if (notice.StaffUserId is { } userId)
            return await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancel);
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == notice.RequestId, cancel);
        var value = notice.Channel == NoticeChannel.Email ? request?.Applicant.Email : request?.Applicant.Phone;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private async Task MailAsync(string to, Notice notice, CancellationToken cancel)
    {
        var smtp = options.Value.Smtp;
        var message = new MimeMessage { Subject = notice.Subject, Body = new TextPart("plain") { Text = notice.Body } };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.StartTlsWhenAvailable, cancel);
        if (smtp.User.Length > 0) await client.AuthenticateAsync(smtp.User, smtp.Password, cancel);
        await client.SendAsync(message, cancel);
        await client.DisconnectAsync(true, cancel);
    }

    private async Task TextAsync(string phone, Notice notice, CancellationToken cancel)
    {
        var sms = options.Value.Sms;
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.Url) { Content = JsonContent.Create(new { phone, text = notice.Body }) };
        if (sms.Token.Length > 0) request.Headers.Authorization = new("Bearer", sms.Token);
        using var response = await http.CreateClient(SmsClient).SendAsync(request, cancel);
        response.EnsureSuccessStatusCode();
    }
}
