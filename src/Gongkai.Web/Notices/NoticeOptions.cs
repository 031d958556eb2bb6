namespace Gongkai.Web.Notices;

/// <summary>Where notices go out: an SMTP server for e-mail and an HTTP gateway for SMS, each optional (section "Notices").</summary>
public sealed class NoticeOptions
{
    public SmtpOptions Smtp { get; set; } = new();
    public SmsOptions Sms { get; set; } = new();
    /// <summary>How often the sender looks for notices to send.</summary>
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(30);

    public sealed class SmtpOptions
    {
        /// <summary>Empty: no e-mail is sent (nor queued).</summary>
        public string Host { get; set; } = "";
        public int Port { get; set; } = 25;
        public string From { get; set; } = "gongkai@localhost";
        public string User { get; set; } = "";
        public string Password { get; set; } = "";
    }

    /// <summary>An HTTP endpoint taking POST {"phone": "…", "text": "…"}, with an optional bearer token.</summary>
    public sealed class SmsOptions
    {
        public string Url { get; set; } = "";
        public string Token { get; set; } = "";
    }

    public bool Email => Smtp.Host.Length > 0;
    public bool Text => Sms.Url.Length > 0;
}
