namespace Gongkai.Notices;

/// <summary>What a notice tells: a step of the applicant's request, or an officer's deadline.</summary>
public enum NoticeKind
{
    Receipt,
    Correction,
    Extension,
    ReplySent,
    DueSoon,
    Overdue,
}

public enum NoticeChannel
{
    Email,
    Sms,
}

/// <summary>
/// A notice waiting in the database to be sent: the step that caused it is saved with it and never waits for it. It names
/// its recipient by reference (the request's applicant, or a staff account), so no address or phone is copied into the
/// queue; the sender looks them up when it sends. A failed attempt is retried later, with growing pauses.
/// </summary>
public sealed class Notice : IAgencyOwned
{
    /// <summary>Attempts before a notice is given up (about a day of retries).</summary>
    public const int MaxAttempts = 8;

    private Notice() { }

    public Notice(int agencyId, long requestId, NoticeKind kind, NoticeChannel channel, string? staffUserId, string subject, string body, string dedupeKey, DateTimeOffset at)
    {
        (AgencyId, RequestId, Kind, Channel, StaffUserId, Subject, Body, DedupeKey, CreatedAt, NextAttemptAt) =
            (agencyId, requestId, kind, channel, staffUserId, subject, body, dedupeKey, at, at);
    }

    public long Id { get; private set; }
    public int AgencyId { get; private set; }
    public long RequestId { get; private set; }
    public NoticeKind Kind { get; private set; }
    public NoticeChannel Channel { get; private set; }
    /// <summary>The staff account it goes to; null for the applicant.</summary>
    public string? StaffUserId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>Once per request, kind, recipient and occasion (a due date), however often the scheduler looks.</summary>
    public string DedupeKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public bool GaveUp { get; private set; }
    /// <summary>Why the last attempt failed, without personal data (for the administrator).</summary>
    public string? LastError { get; private set; }

    public void Sent(DateTimeOffset at)
    {
        SentAt = at;
        LastError = null;
    }

    /// <summary>A failed attempt: tried again after 1, 2, 4 … minutes, up to <see cref="MaxAttempts"/>.</summary>
    public void Failed(DateTimeOffset at, string error)
    {
        Attempts++;
        LastError = error.Length > 300 ? error[..300] : error;
        GaveUp = Attempts >= MaxAttempts;
        NextAttemptAt = at.AddMinutes(Math.Pow(2, Attempts - 1));
    }
}
