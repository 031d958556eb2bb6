using Gongkai.Calendar;
using Gongkai.Data.Numbering;
using Gongkai.Intake;
using Gongkai.Requests;

namespace Gongkai.Web.Requests;

/// <summary>
/// A step as the pages and the JSON API submit it: <see cref="Fields"/> holds what the outcome's reply needs
/// (<see cref="Outcomes"/>), <see cref="Days"/> the correction period, <see cref="Until"/> a later reply date (Art. 35).
/// </summary>
public sealed record StepInput(string Step, int Version, DateOnly On, string? Note = null, string? Outcome = null, FeeMethod FeeMethod = FeeMethod.PerPage,
    int Quantity = 0, IReadOnlyDictionary<string, string>? Fields = null, int? Days = null, ConsultationAnswer Answer = ConsultationAnswer.Agreed,
    bool Reasonable = false, DateOnly? Until = null, DeliveryMethod Delivery = DeliveryMethod.Post);

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
public sealed class RequestSteps(GongkaiDbContext db, Clock clock, CalendarService calendars, LetterService letters, Notices.NoticeQueue notices)
{
    public async Task<(StepResult Result, string? Message)> ApplyAsync(InformationRequest request, StepInput input, Actor actor)
    {
        if (request.Version != input.Version)
            return (StepResult.Conflict, "该申请已被其他人修改过，您这次的操作没有保存。请核对最新状态后再操作。");
        var calendar = await calendars.GetAsync();
        return await AttemptAsync(async () =>
        {
            // A step records what has happened: a lapse or a service dated ahead of today would record it before its time.
            if (input.On > clock.Today) throw new DomainException($"办理日期不能晚于今天（{clock.Today:yyyy-MM-dd}）。");
            var step = RequestStep.Find(input.Step) ?? throw new DomainException($"未知的操作“{input.Step}”。");
            var quantity = step == RequestStep.Fee && input.FeeMethod == FeeMethod.PerApplication ? await NthInMonthAsync(request) : input.Quantity;
            var note = PlainText.Checked(step.NoteLabel, input.Note, multiLine: true);
            Apply(request, step, input with { Quantity = quantity, Note = note }, actor, calendar);
            request.RefreshDue(calendar, clock.Today);
            if (step == RequestStep.SignOff) await letters.SignOffReplyAsync(request);
            else if (step == RequestStep.ReturnDecision) await letters.DiscardReplyDraftAsync(request);
            else if (step.LetterFor(request) is { } kind) await letters.IssueAsync(request, kind, note);
            await notices.AddForStepAsync(request, step.Key);
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
        await letters.IssueAsync(request, Gongkai.Letters.LetterKind.Receipt, null);
        await notices.AddForStepAsync(request, "register");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return request;
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

    private void Apply(InformationRequest request, RequestStep step, StepInput input, Actor actor, WorkingDayCalendar calendar)
    {
        var note = input.Note ?? "";
        var (on, at) = (input.On, clock.Now);
        switch (step.Key)
        {
            case "decide":
                var fields = new Dictionary<string, string>(input.Fields ?? new Dictionary<string, string>());
                if (note.Length > 0) fields.TryAdd(Outcomes.Reason, note);
                request.Decide(on, actor, input.Outcome ?? "", fields, at);
                break;
            case "correction": request.RequestCorrection(on, actor, note, calendar, at, input.Days ?? InformationRequest.DefaultCorrectionPeriod); break;
            case "served": request.RecordNoticeServed(on, actor, at); break;
            case "corrected": request.ReceiveCorrection(on, actor, at); break;
            case "uncorrected": request.CloseUncorrected(on, actor, calendar, at); break;
            case "consult": request.StartConsultation(on, actor, note, at); break;
            case "consult-agency": request.StartConsultation(on, actor, note, at, coAuthorAgency: true); break;
            case "consulted": request.EndConsultation(on, actor, input.Answer, note, calendar, at); break;
            case "notify-third-party": request.NotifyThirdParty(on, actor, note, at); break;
            case "ask-reasons": request.AskForReasons(on, actor, note, at); break;
            case "reasons": request.AssessReasons(on, actor, note, input.Reasonable, input.Until, calendar, at); break;
            case "extension": request.RequestExtension(on, actor, note, at); break;
            case "approve-extension": request.ApproveExtension(on, actor, calendar, at); break;
            case "refuse-extension": request.RefuseExtension(on, actor, note, at); break;
            case "fee": request.SendFeeNotice(on, actor, input.FeeMethod, input.Quantity, note, calendar, at); break;
            case "paid": request.RecordPayment(on, actor, at); break;
            case "waive": request.WaiveFee(on, actor, note, at); break;
            case "unpaid": request.CloseUnpaid(on, actor, calendar, at); break;
            case "sign-off": request.SignOffReply(on, actor, at); break;
            case "return-decision": request.ReturnDecision(on, actor, note, at); break;
            case "reply": request.Reply(on, actor, input.Delivery, note, at); break;
            case "confirm-receipt": request.ConfirmReceipt(actor, at); break;
            case "close": request.Close(on, actor, at); break;
            default: throw new DomainException($"未知的操作“{step.Key}”。");
        }
    }

    /// <summary>
    /// 按件: which of the same applicant's applications to this agency in that calendar month this one is. ID numbers
    /// are stored encrypted, so the month's requests of the agency are compared here, not in SQL.
    /// </summary>
    private async Task<int> NthInMonthAsync(InformationRequest request)
    {
        var monthStart = new DateOnly(request.ReceivedOn.Year, request.ReceivedOn.Month, 1);
        var month = await db.Requests.OfAgency(request.AgencyId).AsNoTracking()
            .Where(r => r.ReceivedOn >= monthStart && (r.ReceivedOn < request.ReceivedOn || (r.ReceivedOn == request.ReceivedOn && r.Id <= request.Id)))
            .Select(r => r.Applicant.IdNumber).ToListAsync();
        var applicant = Applicant.Comparable(request.Applicant.IdNumber);
        return month.Count(id => Applicant.Comparable(id) == applicant);
    }
}
