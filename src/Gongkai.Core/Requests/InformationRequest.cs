using Gongkai.Calendar;
using Gongkai.Reports;

namespace Gongkai.Requests;

/// <summary>
/// A request for government information (依申请公开) from intake to closing. Every step is a method that refuses an
/// illegal move with a reason and records who, when and why in the history.
/// </summary>
public sealed class InformationRequest : Reports.ICountedInReport
{
    /// <summary>The outcomes an officer decides; 3.6.1 and 3.6.2 follow from a lapsed correction or an unpaid fee.</summary>
    public static IReadOnlyList<RequestRow> DecidableOutcomes { get; } =
        RequestRow.Outcomes.Where(r => r.Code is not ("3.6.1" or "3.6.2")).ToList();

    private readonly List<RequestEvent> _history = [];
    private readonly List<Pause> _pauses = [];

    private InformationRequest() { }

    public InformationRequest(int agencyId, string number, string trackingCode, Applicant applicant, RequestChannel channel,
        DateOnly receivedOn, string description, string deliveryForm, Actor actor, DateTimeOffset at, string? submissionKey = null)
    {
        applicant = applicant.Checked();
        description = Intake.PlainText.Checked("所需政府信息的描述", description, multiLine: true);
        if (string.IsNullOrWhiteSpace(applicant.Name)) throw new DomainException("申请人姓名或名称不能为空。");
        if (string.IsNullOrWhiteSpace(description)) throw new DomainException("所需政府信息的描述不能为空。");
        AgencyId = agencyId;
        Number = number;
        TrackingCode = trackingCode;
        Applicant = applicant;
        Channel = channel;
        ReceivedOn = receivedOn;
        ClockStart = receivedOn;
        Description = description;
        DeliveryForm = Intake.PlainText.Checked("获取方式", deliveryForm);
        State = RequestState.Received;
        SubmissionKey = submissionKey;
        _history.Add(new RequestEvent(at, receivedOn, actor.Name, "登记收到申请", State, State, channel.ReceiptRule()));
    }

    /// <summary>
    /// Its part in a year's table 三 (as <c>RequestTableQuery</c> counts it): received that year, pending on 1 January,
    /// pending on 31 December, decided that year with an outcome. The applicant's type never changes after intake.
    /// </summary>
    public object? PartIn(int year)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var received = ReceivedOn >= start && ReceivedOn <= end;
        var carriedIn = ReceivedOn < start && (DecidedOn is null || DecidedOn >= start);
        var carriedOver = ReceivedOn <= end && (DecidedOn is null || DecidedOn > end);
        var outcome = DecidedOn >= start && DecidedOn <= end ? OutcomeCode : null;
        return received || carriedIn || carriedOver || outcome is not null ? (received, carriedIn, carriedOver, outcome) : null;
    }

    public long Id { get; private set; }
    public int AgencyId { get; private set; }
    /// <summary>The agency's own number for the request ("2024-0012").</summary>
    public string Number { get; private set; } = "";
    /// <summary>The applicant's unguessable code for following the request.</summary>
    public string TrackingCode { get; private set; } = "";
    public Applicant Applicant { get; private set; } = null!;
    public RequestChannel Channel { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string Description { get; private set; } = "";
    public string DeliveryForm { get; private set; } = "";
    /// <summary>The one-time key of an online application's form, so a double click or a refresh creates one request, not two.</summary>
    public string? SubmissionKey { get; private set; }

    public RequestState State { get; private set; }
    /// <summary>The day the reply clock counts from: receipt, or the receipt of the corrected application.</summary>
    public DateOnly ClockStart { get; private set; }
    /// <summary>Set while the clock stands still (consultation, fee notice).</summary>
    public DateOnly? PausedSince { get; private set; }
    public bool ExtensionRequested { get; private set; }
    public bool Extended { get; private set; }
    public DateOnly? CorrectionRequestedOn { get; private set; }
    public FeeMethod? FeeMethod { get; private set; }
    public decimal? FeeAmount { get; private set; }
    public DateOnly? FeeNoticeOn { get; private set; }
    public DateOnly? FeePaidOn { get; private set; }
    public string? OutcomeCode { get; private set; }
    public string? OutcomeReason { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public DateOnly? RepliedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>
    /// The due date as of the last step, kept while the request is pending so that worklists can sort and filter by it;
    /// null once decided. The authoritative computation, with its explanation, is <see cref="Deadline"/>.
    /// </summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Changes with every step, so two officers saving the same request cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<RequestEvent> History => _history;
    public IReadOnlyList<Pause> Pauses => _pauses;

    /// <summary>The statutory due date, with the clock's pauses; an open pause counts up to <paramref name="today"/>.</summary>
    public Deadline Deadline(WorkingDayCalendar calendar, DateOnly today)
    {
        var pauses = PausedSince is { } since ? _pauses.Append(new Pause(since, today, "计时暂停中")) : _pauses;
        var days = Calendar.Deadline.ReplyWorkingDays + (Extended ? Calendar.Deadline.ExtensionWorkingDays : 0);
        return Calendar.Deadline.Compute(ClockStart, days, calendar, pauses);
    }

    public void RefreshDue(WorkingDayCalendar calendar, DateOnly today) =>
        DueOn = State.IsPending() ? Deadline(calendar, today).Due : null;

    public RequestRow? Outcome => OutcomeCode is null ? null : RequestRow.ByCode(OutcomeCode);

    /// <summary>补正 (Art. 30): once, within 7 working days of receipt, naming everything to correct.</summary>
    public void RequestCorrection(DateOnly on, Actor actor, string items, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        Require(RequestState.Received, "要求补正");
        if (CorrectionRequestedOn is not null) throw new DomainException("补正只能要求一次（条例第三十条）。");
        if (string.IsNullOrWhiteSpace(items)) throw new DomainException("请写明需要补正的事项。");
        var limit = Calendar.Deadline.Compute(ReceivedOn, Calendar.Deadline.CorrectionNoticeWorkingDays, calendar).Due;
        if (on > limit) throw new DomainException($"补正告知应在收到申请之日起7个工作日内发出（截止{limit:yyyy-MM-dd}）。");
        CorrectionRequestedOn = on;
        Move(RequestState.CorrectionRequested, on, actor, at, "要求补正", items);
    }

    /// <summary>The corrected application arrived: the reply deadline restarts from that day.</summary>
    public void ReceiveCorrection(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestState.CorrectionRequested, "收到补正");
        NotBefore(on, CorrectionRequestedOn!.Value, "收到补正");
        ClockStart = on;
        _pauses.Clear();
        Move(RequestState.Received, on, actor, at, "收到补正材料", "答复期限自收到补正申请之日起重新计算");
    }

    /// <summary>No correction in time without good reason: deemed withdrawn (3.6.1).</summary>
    public void CloseUncorrected(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestState.CorrectionRequested, "逾期未补正");
        SetOutcome("3.6.1", "申请人无正当理由逾期不补正，视为放弃申请", on);
        Move(RequestState.Decided, on, actor, at, "逾期未补正，不再处理", OutcomeReason);
    }

    /// <summary>征求第三方意见 (Art. 32): the clock stands still until the answer (or 15 working days of silence).</summary>
    public void StartConsultation(DateOnly on, Actor actor, string thirdParty, DateTimeOffset at)
    {
        Require(RequestState.Received, "征求第三方意见");
        if (string.IsNullOrWhiteSpace(thirdParty)) throw new DomainException("请写明征求意见的第三方。");
        PausedSince = on;
        Move(RequestState.ThirdPartyConsultation, on, actor, at, "征求第三方意见", thirdParty);
    }

    public void EndConsultation(DateOnly on, Actor actor, string answer, DateTimeOffset at)
    {
        Require(RequestState.ThirdPartyConsultation, "结束征求意见");
        EndPause(on, "征求第三方意见");
        Move(RequestState.Received, on, actor, at, "收到第三方意见", answer);
    }

    /// <summary>An officer asks for the extension; the head of the office approves it (Art. 33).</summary>
    public void RequestExtension(DateOnly on, Actor actor, string reason, DateTimeOffset at)
    {
        RequireOpen("申请延期");
        if (Extended || ExtensionRequested) throw new DomainException("延期只能申请一次（条例第三十三条）。");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("请写明延期的理由。");
        ExtensionRequested = true;
        Record(on, actor, at, "申请延期答复", reason);
    }

    public void ApproveExtension(DateOnly on, Actor actor, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (actor.Role != Role.Head) throw new DomainException("延期答复须经政府信息公开工作机构负责人同意。");
        if (!ExtensionRequested || Extended) throw new DomainException("没有待审批的延期申请。");
        RequireOpen("批准延期");
        var due = Deadline(calendar, on).Due;
        if (on > due) throw new DomainException($"答复期限已于{due:yyyy-MM-dd}届满，不能再延期。");
        Extended = true;
        Record(on, actor, at, "批准延期答复", $"延长20个工作日，新期限{Deadline(calendar, on).Due:yyyy-MM-dd}");
    }

    /// <summary>收费通知: the fee by 国办函〔2020〕109号; the clock stands still until payment (configurable, default on).</summary>
    public void SendFeeNotice(DateOnly on, Actor actor, FeeMethod method, int quantity, DateTimeOffset at, bool pauseClock = true)
    {
        Require(RequestState.Received, "发出收费通知");
        var amount = Fees.For(method, quantity);
        if (amount == 0) throw new DomainException("按该数量不收取信息处理费，无需发出收费通知。");
        FeeMethod = method;
        FeeAmount = amount;
        FeeNoticeOn = on;
        if (pauseClock) PausedSince = on;
        Move(RequestState.AwaitingFee, on, actor, at, "发出收费通知", $"{(method == Requests.FeeMethod.PerPage ? "按量" : "按件")}计收{amount}元");
    }

    public void RecordPayment(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestState.AwaitingFee, "登记缴费");
        if (PausedSince is not null) EndPause(on, "等待缴费");
        FeePaidOn = on;
        Move(RequestState.Received, on, actor, at, "申请人已缴费", null);
    }

    /// <summary>Not paid within 20 working days: deemed withdrawn (3.6.2).</summary>
    public void CloseUnpaid(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestState.AwaitingFee, "逾期未缴费");
        if (PausedSince is not null) EndPause(on, "等待缴费");
        SetOutcome("3.6.2", "申请人逾期未按收费通知要求缴纳费用，视为放弃申请", on);
        Move(RequestState.Decided, on, actor, at, "逾期未缴费，不再处理", OutcomeReason);
    }

    /// <summary>The decision, with exactly one outcome of table 三 (a mixed outcome counts as 3.2 only).</summary>
    public void Decide(DateOnly on, Actor actor, string outcomeCode, string reason, DateTimeOffset at)
    {
        Require(RequestState.Received, "作出决定");
        if (DecidableOutcomes.All(r => r.Code != outcomeCode))
            throw new DomainException($"“{outcomeCode}”不是可以直接选择的办理结果（逾期不补正、逾期不缴费由相应步骤产生）。");
        if (string.IsNullOrWhiteSpace(reason) && outcomeCode != "3.1") throw new DomainException("除予以公开外，须写明决定的理由和依据。");
        NotBefore(on, ClockStart, "作出决定");
        SetOutcome(outcomeCode, reason.Trim(), on);
        Move(RequestState.Decided, on, actor, at, $"决定：{RequestRow.ByCode(outcomeCode).FullLabel}", reason);
    }

    public void Reply(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestState.Decided, "答复");
        NotBefore(on, DecidedOn!.Value, "答复");
        RepliedOn = on;
        Move(RequestState.Replied, on, actor, at, "送达答复", null);
    }

    public void Close(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestState.Replied, "办结");
        ClosedOn = on;
        Move(RequestState.Closed, on, actor, at, "办结归档", null);
    }

    private void SetOutcome(string code, string reason, DateOnly on)
    {
        OutcomeCode = code;
        OutcomeReason = reason;
        DecidedOn = on;
    }

    private void EndPause(DateOnly on, string reason)
    {
        NotBefore(on, PausedSince!.Value, reason);
        _pauses.Add(new Pause(PausedSince.Value, on, reason));
        PausedSince = null;
    }

    private void Require(RequestState state, string step)
    {
        if (State != state)
            throw new DomainException($"申请当前为“{State.Label()}”，不能{step}（须为“{state.Label()}”）。");
    }

    private void RequireOpen(string step)
    {
        if (!State.IsPending()) throw new DomainException($"申请当前为“{State.Label()}”，不能{step}。");
    }

    private static void NotBefore(DateOnly on, DateOnly earliest, string step)
    {
        if (on < earliest) throw new DomainException($"{step}的日期不能早于{earliest:yyyy-MM-dd}。");
    }

    private void Move(RequestState to, DateOnly on, Actor actor, DateTimeOffset at, string action, string? note)
    {
        _history.Add(new RequestEvent(at, on, actor.Name, action, State, to, note));
        State = to;
        Version++;
    }

    private void Record(DateOnly on, Actor actor, DateTimeOffset at, string action, string? note)
    {
        _history.Add(new RequestEvent(at, on, actor.Name, action, State, State, note));
        Version++;
    }
}
