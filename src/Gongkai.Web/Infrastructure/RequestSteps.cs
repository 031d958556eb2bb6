using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Data.Numbering;
using Gongkai.Intake;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>What an officer may do to a request, the same for the pages and the JSON API.</summary>
public sealed record StepInput(string Step, int Version, DateOnly On, string? Note = null, string? Outcome = null, FeeMethod FeeMethod = FeeMethod.PerPage, int Quantity = 0);

public enum StepResult
{
    Done,
    Refused,
    Conflict,
}

/// <summary>
/// Applies a step to a request: the workflow's rule, the letter it issues, the refreshed due date, and optimistic
/// concurrency, so that of two officers saving the same request the second gets a conflict and nothing is overwritten.
/// </summary>
public sealed class RequestSteps(GongkaiDbContext db, Clock clock, CalendarService calendars, LetterService letters)
{
    public const string Register = "register";
    public const string ApproveExtension = "approve-extension";

    public static IReadOnlyList<string> All { get; } =
        ["correction", "corrected", "uncorrected", "consult", "consulted", "extension", "fee", "paid", "unpaid", "decide", "reply", "close"];

    public async Task<(StepResult Result, string? Message)> ApplyAsync(InformationRequest request, StepInput input, Actor actor)
    {
        if (request.Version != input.Version)
            return (StepResult.Conflict, "该申请已被其他人修改过，您这次的操作没有保存。请核对最新状态后再操作。");
        var calendar = await calendars.GetAsync();
        return await AttemptAsync(async () =>
        {
            var quantity = input.Step == "fee" && input.FeeMethod == FeeMethod.PerApplication ? await NthInMonthAsync(request) : input.Quantity;
            var note = PlainText.Checked("说明", input.Note, multiLine: true);
            Apply(request, input with { Quantity = quantity, Note = note }, actor, calendar);
            request.RefreshDue(calendar, clock.Today);
            if (LetterService.For(input.Step) is { } kind) await letters.IssueAsync(request, kind, note);
        }, "保存时发现该申请刚被其他人修改，您这次的操作没有保存。请刷新后核对再操作。");
    }

    /// <summary>
    /// Registers a new request under the agency's next number and issues its receipt, in one transaction: a process
    /// stopped half-way leaves neither, never a request without its 接收回执.
    /// </summary>
    public async Task<InformationRequest> RegisterAsync(int agencyId, int year, Func<string, InformationRequest> create)
    {
        var calendar = await calendars.GetAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var request = create(await db.NextRequestNumberAsync(agencyId, year));
        request.RefreshDue(calendar, clock.Today);
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        await letters.IssueAsync(request, Letters.LetterKind.Receipt, null);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return request;
    }

    public async Task<(StepResult Result, string? Message)> ApproveExtensionAsync(InformationRequest request, int version, Actor actor)
    {
        if (request.Version != version) return (StepResult.Conflict, "该申请已被其他人修改过，请核对后再审批。");
        var calendar = await calendars.GetAsync();
        return await AttemptAsync(async () =>
        {
            request.ApproveExtension(clock.Today, actor, calendar, clock.Now);
            request.RefreshDue(calendar, clock.Today);
            var reason = request.History.LastOrDefault(e => e.Action == "申请延期答复")?.Note;
            await letters.IssueAsync(request, Letters.LetterKind.ExtensionNotice, reason);
        }, "该申请刚被其他人修改，审批没有保存，请刷新后重试。");
    }

    /// <summary>A step and its save: refused by the workflow, or in conflict with another officer's save, nothing is stored.</summary>
    private async Task<(StepResult Result, string? Message)> AttemptAsync(Func<Task> step, string conflict)
    {
        try
        {
            await step();
            await db.SaveChangesAsync();
            return (StepResult.Done, null);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return (StepResult.Refused, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (StepResult.Conflict, conflict);
        }
    }

    private void Apply(InformationRequest request, StepInput input, Actor actor, WorkingDayCalendar calendar)
    {
        var note = input.Note ?? "";
        var (on, at) = (input.On, clock.Now);
        switch (input.Step)
        {
            case "correction": request.RequestCorrection(on, actor, note, calendar, at); break;
            case "corrected": request.ReceiveCorrection(on, actor, at); break;
            case "uncorrected": request.CloseUncorrected(on, actor, at); break;
            case "consult": request.StartConsultation(on, actor, note, at); break;
            case "consulted": request.EndConsultation(on, actor, note, at); break;
            case "extension": request.RequestExtension(on, actor, note, at); break;
            case "fee": request.SendFeeNotice(on, actor, input.FeeMethod, input.Quantity, at); break;
            case "paid": request.RecordPayment(on, actor, at); break;
            case "unpaid": request.CloseUnpaid(on, actor, at); break;
            case "decide": request.Decide(on, actor, input.Outcome ?? "", note, at); break;
            case "reply": request.Reply(on, actor, at); break;
            case "close": request.Close(on, actor, at); break;
            default: throw new DomainException($"未知的操作“{input.Step}”。");
        }
    }

    /// <summary>
    /// 按件: which of the same applicant's applications to this agency in that calendar month this one is. ID numbers
    /// are stored encrypted, so the month's requests of the agency are compared here, not in SQL.
    /// </summary>
    private async Task<int> NthInMonthAsync(InformationRequest request)
    {
        var monthStart = new DateOnly(request.ReceivedOn.Year, request.ReceivedOn.Month, 1);
        var month = await db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == request.AgencyId && r.ReceivedOn >= monthStart
                && (r.ReceivedOn < request.ReceivedOn || (r.ReceivedOn == request.ReceivedOn && r.Id <= request.Id)))
            .Select(r => r.Applicant.IdNumber).ToListAsync();
        var applicant = Applicant.Comparable(request.Applicant.IdNumber);
        return month.Count(id => Applicant.Comparable(id) == applicant);
    }
}
