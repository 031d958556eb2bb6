using Gongkai.Calendar;
using Gongkai.Notices;
using Gongkai.Requests;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Notices;

/// <summary>Puts notices in the database queue, in the same save as the step that causes them; sending happens later.</summary>
public sealed class NoticeQueue(GongkaiDbContext db, IOptions<NoticeOptions> options, Clock clock, CalendarService calendars)
{
    /// <summary>Days before the due date on which officers and heads are reminded.</summary>
    public const int DueSoonWorkingDays = 5;

    /// <summary>The applicant's notice of a step (receipt, 补正, extension, reply sent), by e-mail and SMS where given and configured.</summary>
    public async Task AddForStepAsync(InformationRequest request, string stepKey)
    {
        if (NoticeTexts.ForStep(stepKey) is not { } kind) return;
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == request.AgencyId).Select(a => a.Name).SingleAsync();
        var due = request.State.IsPending() ? request.Deadline(await calendars.GetAsync(), clock.Today).Due : (DateOnly?)null;
        var (subject, body) = NoticeTexts.Write(kind, request, agency, due);
        if (options.Value.Email && !string.IsNullOrWhiteSpace(request.Applicant.Email))
            await AddAsync(new Notice(request.AgencyId, request.Id, kind, NoticeChannel.Email, null, subject, body, $"{kind}:{request.Id}:email", clock.Now));
        if (options.Value.Text && !string.IsNullOrWhiteSpace(request.Applicant.Phone))
            await AddAsync(new Notice(request.AgencyId, request.Id, kind, NoticeChannel.Sms, null, subject, body, $"{kind}:{request.Id}:sms", clock.Now));
    }

    /// <summary>
    /// Reminders to the agency's officers and heads of requests due within 5 working days or overdue, once per request,
    /// due date and person; returns how many were queued.
    /// </summary>
    public async Task<int> AddDeadlinesAsync(CancellationToken cancel = default)
    {
        if (!options.Value.Email) return 0;
        var today = clock.Today;
        var calendar = await calendars.GetAsync();
        var soon = Deadline.Compute(today, DueSoonWorkingDays, calendar).Due;
        var pending = await db.Requests.AsNoTracking().Where(r => r.DueOn != null && r.DueOn <= soon).ToListAsync(cancel);
        var reminders = new List<Notice>();
        foreach (var group in pending.GroupBy(r => r.AgencyId))
        {
            var staff = await StaffAsync(group.Key, cancel);
            foreach (var request in group)
            {
                var kind = request.DueOn < today ? NoticeKind.Overdue : NoticeKind.DueSoon;
                var (subject, body) = NoticeTexts.Write(kind, request, "", request.DueOn);
                reminders.AddRange(staff.Select(userId => new Notice(request.AgencyId, request.Id, kind, NoticeChannel.Email, userId, subject, body,
                    $"{kind}:{request.Id}:{request.DueOn:yyyyMMdd}:{userId}", clock.Now)));
            }
        }
        // One look-up for the reminders already queued, not one per reminder.
        var keys = reminders.Select(r => r.DedupeKey).ToList();
        var queued = (await db.Notices.Where(n => keys.Contains(n.DedupeKey)).Select(n => n.DedupeKey).ToListAsync(cancel)).ToHashSet();
        var added = 0;
        foreach (var reminder in reminders.Where(r => !queued.Contains(r.DedupeKey)))
        {
            db.Notices.Add(reminder);
            try
            {
                await db.SaveChangesAsync(cancel);
                added++;
            }
            catch (DbUpdateException)
            {
                // Another instance queued the same reminder a moment ago: the unique key keeps one.
                db.ChangeTracker.Clear();
            }
        }
        return added;
    }

    private Task<List<string>> StaffAsync(int agencyId, CancellationToken cancel)
    {
        string[] roles = [Role.Officer.Key(), Role.Head.Key()];
        return (from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.AgencyId == agencyId && roles.Contains(role.Name!) && user.Email != null
                select user.Id).Distinct().ToListAsync(cancel);
    }

    private async Task<bool> AddAsync(Notice notice)
    {
        if (db.Notices.Local.Any(n => n.DedupeKey == notice.DedupeKey) || await db.Notices.AnyAsync(n => n.DedupeKey == notice.DedupeKey)) return false;
        db.Notices.Add(notice);
        return true;
    }
}
