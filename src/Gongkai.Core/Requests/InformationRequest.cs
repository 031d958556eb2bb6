using Gongkai.Calendar;

namespace Gongkai.Requests;

/// <summary>
/// A request for government information (依申请公开) from intake to closing. Every step is a method that refuses an
/// illegal move with a reason and records who, when and why in the history.
/// </summary>
public sealed class InformationRequest : Reports.ICountedInReport, IAgencyOwned
{
    private readonly List<RequestEvent> _history = [];
    private readonly List<Pause> _pauses = [];
    private readonly List<DecisionField> _decisionFields = [];

    private InformationRequest() { }

    public InformationRequest(int agencyId, string number, string trackingCode, Applicant applicant, RequestChannel channel,
        DateOnly receivedOn, string description, string deliveryForm, Actor actor, DateTimeOffset at, string? submissionKey = null, string? receiptNote = null)
    {
        applicant = applicant.Checked();
        description = Intake.PlainText.Checked("所需政府信息的描述", description, multiLine: true);
        if (string.IsNullOrWhiteSpace(applicant.Name)) throw new DomainException("申请人姓名或名称不能为空。");
        if (string.IsNullOrWhiteSpace(description)) throw new DomainException("所需政府信息的描述不能为空。");
        if (string.IsNullOrWhiteSpace(applicant.IdNumber)) throw new DomainException("请填写申请人的身份证明（身份证件号码或统一社会信用代码，条例第二十九条）。");
        if (string.IsNullOrWhiteSpace(applicant.Phone) && string.IsNullOrWhiteSpace(applicant.Address) && string.IsNullOrWhiteSpace(applicant.Email))
            throw new DomainException("请至少留下一种联系方式：联系电话、通信地址或电子邮箱（条例第二十九条）。");
        if (string.IsNullOrWhiteSpace(deliveryForm)) throw new DomainException("请写明获取信息的方式（条例第二十九条：政府信息的形式要求，包括获取信息的方式、途径）。");
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
        _history.Add(new RequestEvent(at, receivedOn, actor.Name, "登记收到申请", State, State, receiptNote ?? channel.ReceiptRule()));
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
    /// <summary>What the applicant was asked to correct (补正事项), as the notice states it.</summary>
    public string? CorrectionItems { get; private set; }
    public FeeMethod? FeeMethod { get; private set; }
    public decimal? FeeAmount { get; private set; }
    public DateOnly? FeeNoticeOn { get; private set; }
    public DateOnly? FeePaidOn { get; private set; }
    public string? OutcomeCode { get; private set; }
    public string? OutcomeReason { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public DateOnly? RepliedOn { get; private set; }
    /// <summary>The day the head signed off the reply letter; it may be served only after.</summary>
    public DateOnly? ReplySignedOffOn { get; private set; }
    public DeliveryMethod? ReplyDelivery { get; private set; }
    /// <summary>The proof of service: postal item number, e-mail address written to, or who signed for it.</summary>
    public string? ReplyProof { get; private set; }
    /// <summary>When the office confirmed an online or faxed application with the applicant (签收, Art. 31 (三)).</summary>
    public DateTimeOffset? ReceiptConfirmedAt { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The outcome's key in <see cref="Outcomes"/> ("3.4.1.elsewhere"); null on requests decided before it was kept.</summary>
    public string? OutcomeKey { get; private set; }
    /// <summary>What the officer wrote for the reply (reason, where published, responsible agency…).</summary>
    public IReadOnlyList<DecisionField> DecisionFields => _decisionFields;

    /// <summary>The period the correction notice gave, in working days from its receipt (null before periods were stated).</summary>
    public int? CorrectionPeriod { get; private set; }
    public int CorrectionWorkingDays => CorrectionPeriod ?? DefaultCorrectionPeriod;
    /// <summary>The day the pending correction or fee notice reached the applicant.</summary>
    public DateOnly? NoticeServedOn { get; private set; }
    public bool ExtensionRefused { get; private set; }
    public string? ExtensionReason { get; private set; }
    public bool ConsultingAgency { get; private set; }
    public string? ConsultedParty { get; private set; }
    public bool ThirdPartyObjected { get; private set; }
    public DateOnly? ThirdPartyNotifiedOn { get; private set; }
    public DateOnly? ReasonsRequestedOn { get; private set; }
    public bool? ReasonsReasonable { get; private set; }
    /// <summary>Art. 35: the later reply date set when the reasons were found reasonable.</summary>
    public DateOnly? DelayedUntil { get; private set; }
    public int? FeeQuantity { get; private set; }
    public string? FeePayment { get; private set; }
    public bool FeeWaived { get; private set; }

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
        var open = PausedSince is not { } since ? null
            : new Pause(since, ConsultationEnds(calendar) is { } ends && ends < today ? ends : today, "计时暂停中");
        var pauses = open is null ? _pauses : _pauses.Append(open);
        var days = Calendar.Deadline.ReplyWorkingDays + (Extended ? Calendar.Deadline.ExtensionWorkingDays : 0);
        var deadline = Calendar.Deadline.Compute(ClockStart, days, calendar, pauses);
        return DelayedUntil is { } until && until > deadline.Due ? deadline with { Due = until, DelayedUnderArticle35 = true } : deadline;
    }

    public void RefreshDue(WorkingDayCalendar calendar, DateOnly today)
    {
        DueOn = State.IsPending() ? Deadline(calendar, today).Due : null;
        // Once decided, whether it was decided after its due date is kept: the office counts late answers without recomputing.
        if (DecidedOn is { } decided && !State.IsPending() && DecidedLate is null) DecidedLate = decided > Deadline(calendar, decided).Due;
    }

    /// <summary>Whether the decision came after the statutory due date (null until decided, and for requests decided before this was kept).</summary>
    public bool? DecidedLate { get; private set; }

    public Outcome? Outcome => OutcomeCode is null ? null : Outcomes.ByKey(OutcomeKey ?? OutcomeCode);

    /// <summary>The steps that may be taken now (the pages and the API offer these and no others).</summary>
    public IEnumerable<RequestStep> AvailableSteps() => RequestStep.All.Where(s => s.RefusalFor(this) is null);

    /// <summary>补正 (Art. 30): once, within 7 working days of receipt, naming everything to correct and the period to do it in.</summary>
    public void RequestCorrection(DateOnly on, Actor actor, string items, WorkingDayCalendar calendar, DateTimeOffset at, int periodWorkingDays = DefaultCorrectionPeriod)
    {
        Require(RequestStep.Correction, actor);
        if (string.IsNullOrWhiteSpace(items)) throw new DomainException("请写明需要补正的事项。");
        if (periodWorkingDays is < 5 or > 30) throw new DomainException("补正期限须为5至30个工作日（合理期限，条例第三十条）。");
        var limit = Calendar.Deadline.Compute(ReceivedOn, Calendar.Deadline.CorrectionNoticeWorkingDays, calendar).Due;
        if (on > limit) throw new DomainException($"补正告知应在收到申请之日起7个工作日内发出（截止{limit:yyyy-MM-dd}）。");
        NotBefore(on, ReceivedOn, "要求补正");
        CorrectionRequestedOn = on;
        CorrectionItems = items.Trim();
        CorrectionPeriod = periodWorkingDays;
        NoticeServedOn = null;
        Move(RequestState.CorrectionRequested, on, actor, at, "要求补正", $"{items}（补正期限：收到告知书之日起{periodWorkingDays}个工作日）");
    }

    public const int DefaultCorrectionPeriod = 15;

    /// <summary>
    /// The day the correction notice or the fee notice reached the applicant: the period it gave runs from then, and the
    /// request lapses only after it (RULES.md, "Deadlines and clock").
    /// </summary>
    public void RecordNoticeServed(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestStep.Served, actor);
        NotBefore(on, (State == RequestState.CorrectionRequested ? CorrectionRequestedOn : FeeNoticeOn)!.Value, "登记送达");
        NoticeServedOn = on;
        Record(on, actor, at, State == RequestState.CorrectionRequested ? "补正告知书送达申请人" : "收费通知送达申请人", null);
    }

    /// <summary>The last day of the period the pending notice gave the applicant, or null while its service is not recorded.</summary>
    public DateOnly? NoticePeriodEnds(WorkingDayCalendar calendar) => NoticeServedOn is not { } served ? null : State switch
    {
        RequestState.CorrectionRequested => Calendar.Deadline.Compute(served, CorrectionWorkingDays, calendar).Due,
        RequestState.AwaitingFee => Calendar.Deadline.Compute(served, FeePaymentWorkingDays, calendar).Due,
        _ => null,
    };

    /// <summary>109号 Art. 7: payment within 20 working days from the day after the notice is received.</summary>
    public const int FeePaymentWorkingDays = 20;

    /// <summary>Art. 32, 34: a consulted party answers within 15 working days; the pause counts no longer.</summary>
    public const int ConsultationWorkingDays = 15;

    /// <summary>Why the request cannot be deemed abandoned today (no service recorded, or the period still runs), or null.</summary>
    internal string? LapseRefusal() => NoticeServedOn is null
        ? $"请先登记{(State == RequestState.CorrectionRequested ? "补正告知书" : "收费通知")}送达申请人的日期：期限自送达起计算，期满前不能视为放弃申请。"
        : null;

    private void RequireLapsed(DateOnly on, WorkingDayCalendar calendar)
    {
        var ends = NoticePeriodEnds(calendar)!.Value;
        if (on <= ends)
            throw new DomainException($"告知的期限至{ends:yyyy-MM-dd}届满，{ends.AddDays(1):yyyy-MM-dd}起方可认定申请人逾期、视为放弃申请。");
    }

    /// <summary>The corrected application arrived: the reply deadline restarts from that day.</summary>
    public void ReceiveCorrection(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestStep.Corrected, actor);
        RestartFromCorrection(on, actor.Name, at, "答复期限自收到补正申请之日起重新计算");
    }

    /// <summary>The applicant answered the 补正 online: the reply period restarts from the day it is received.</summary>
    public void ReceiveCorrectionFromApplicant(DateOnly on, string answer, DateTimeOffset at)
    {
        if (RequestStep.Corrected.RefusalFor(this) is { } refusal) throw new DomainException(refusal);
        answer = Intake.PlainText.Checked("补正内容", answer, multiLine: true);
        if (answer.Length == 0) throw new DomainException("请写明补正的内容。");
        RestartFromCorrection(on, "申请人（网上提交）", at, answer);
    }

    private void RestartFromCorrection(DateOnly on, string by, DateTimeOffset at, string note)
    {
        NotBefore(on, CorrectionRequestedOn!.Value, "收到补正");
        ClockStart = on;
        _pauses.Clear();
        Move(RequestState.Received, on, by, at, "收到补正材料", note);
    }

    /// <summary>No correction within the period the notice gave, without good reason: deemed withdrawn (3.6.1).</summary>
    public void CloseUncorrected(DateOnly on, Actor actor, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        Require(RequestStep.Uncorrected, actor);
        RequireLapsed(on, calendar);
        SetOutcome(Outcomes.ByKey("3.6.1"), [], on);
        Move(RequestState.Decided, on, actor, at, "逾期未补正，不再处理", "申请人无正当理由逾期不补正，视为放弃申请");
    }

    /// <summary>
    /// 征求意见: of a third party whose rights disclosure may harm (Art. 32), or of an agency that made the information with this
    /// one (Art. 34). The clock stands still until the answer, for at most 15 working days.
    /// </summary>
    public void StartConsultation(DateOnly on, Actor actor, string party, DateTimeOffset at, bool coAuthorAgency = false)
    {
        Require(coAuthorAgency ? RequestStep.ConsultAgency : RequestStep.Consult, actor);
        if (string.IsNullOrWhiteSpace(party)) throw new DomainException(coAuthorAgency ? "请写明征求意见的机关。" : "请写明征求意见的第三方。");
        NotBefore(on, ClockStart, "征求意见");
        PausedSince = on;
        ConsultingAgency = coAuthorAgency;
        ConsultedParty = party.Trim();
        Move(RequestState.ThirdPartyConsultation, on, actor, at, coAuthorAgency ? "征求共同制作机关意见" : "征求第三方意见", party);
    }

    /// <summary>The last day of the open consultation's 15 working days, or null.</summary>
    public DateOnly? ConsultationEnds(WorkingDayCalendar calendar) =>
        State == RequestState.ThirdPartyConsultation && PausedSince is { } since ? Calendar.Deadline.Compute(since, ConsultationWorkingDays, calendar).Due : null;

    /// <summary>The answer, or silence once the period ran out: for an agency silence is consent (Art. 34), for a third party the agency decides (Art. 32).</summary>
    public void EndConsultation(DateOnly on, Actor actor, ConsultationAnswer answer, string opinion, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        Require(RequestStep.Consulted, actor);
        var ends = ConsultationEnds(calendar)!.Value;
        if (answer == ConsultationAnswer.NoAnswer && on <= ends)
            throw new DomainException($"征求意见的期限至{ends:yyyy-MM-dd}届满，期满前不能登记为逾期未答复。");
        // Art. 33 ¶3 leaves the consultation out of the reply period, but only for the 15 working days it may last.
        EndPause(on < ends ? on : ends, ConsultingAgency ? "征求共同制作机关意见" : "征求第三方意见");
        ThirdPartyObjected = !ConsultingAgency && answer == ConsultationAnswer.Objected;
        var words = (ConsultingAgency, answer) switch
        {
            (true, ConsultationAnswer.NoAnswer) => "逾期未提出意见，视为同意公开（条例第三十四条）",
            (false, ConsultationAnswer.NoAnswer) => "逾期未提出意见，由本机关依照条例决定是否公开（条例第三十二条）",
            (_, ConsultationAnswer.Agreed) => "同意公开",
            _ => "不同意公开",
        };
        Move(RequestState.Received, on, actor, at, $"收到{ConsultedParty}意见", string.IsNullOrWhiteSpace(opinion) ? words : $"{words}：{opinion.Trim()}");
    }

    /// <summary>Disclosing over a third party's objection: it is told in writing what will be disclosed and why, before disclosure (Art. 32).</summary>
    public void NotifyThirdParty(DateOnly on, Actor actor, string contentAndReasons, DateTimeOffset at)
    {
        Require(RequestStep.NotifyThirdParty, actor);
        if (string.IsNullOrWhiteSpace(contentAndReasons)) throw new DomainException("请写明决定公开的政府信息内容和理由。");
        ThirdPartyNotifiedOn = on;
        Record(on, actor, at, "书面告知第三方决定公开", contentAndReasons);
    }

    /// <summary>An officer asks for the extension; the head of the office approves or refuses it (Art. 33).</summary>
    public void RequestExtension(DateOnly on, Actor actor, string reason, DateTimeOffset at)
    {
        Require(RequestStep.Extension, actor);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("请写明延期的理由。");
        ExtensionRequested = true;
        ExtensionReason = reason.Trim();
        Record(on, actor, at, "申请延期答复", reason);
    }

    public void ApproveExtension(DateOnly on, Actor actor, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        Require(RequestStep.ApproveExtension, actor);
        var due = Deadline(calendar, on).Due;
        if (on > due) throw new DomainException($"答复期限已于{due:yyyy-MM-dd}届满，不能再延期。");
        Extended = true;
        Record(on, actor, at, "批准延期答复", $"延长20个工作日，新期限{Deadline(calendar, on).Due:yyyy-MM-dd}");
    }

    public void RefuseExtension(DateOnly on, Actor actor, string reason, DateTimeOffset at)
    {
        Require(RequestStep.RefuseExtension, actor);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("请写明不同意延期的理由。");
        ExtensionRequested = false;
        ExtensionRefused = true;
        Record(on, actor, at, "不同意延期答复", reason);
    }

    /// <summary>Art. 35: applications clearly beyond a reasonable number or frequency — the applicant is first asked for reasons.</summary>
    public void AskForReasons(DateOnly on, Actor actor, string circumstances, DateTimeOffset at)
    {
        Require(RequestStep.AskReasons, actor);
        if (string.IsNullOrWhiteSpace(circumstances)) throw new DomainException("请写明申请数量、频次明显超过合理范围的情况。");
        NotBefore(on, ClockStart, "要求说明理由");
        ReasonsRequestedOn = on;
        Record(on, actor, at, "要求申请人说明理由", circumstances);
    }

    /// <summary>
    /// The applicant's reasons and the agency's view. Unreasonable: the request may be decided as 3.5.4. Reasonable but not
    /// answerable in time: a reasonable later date is set and the applicant told (Art. 35).
    /// </summary>
    public void AssessReasons(DateOnly on, Actor actor, string reasons, bool reasonable, DateOnly? replyBy, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        Require(RequestStep.Reasons, actor);
        NotBefore(on, ReasonsRequestedOn!.Value, "登记申请理由");
        if (replyBy is not null && !reasonable) throw new DomainException("认为申请理由不合理的，不确定延迟答复的期限，可作出“无正当理由大量反复申请”的决定。");
        if (replyBy is { } until && until <= Deadline(calendar, on).Due)
            throw new DomainException($"延迟答复的期限须晚于现在的答复期限{Deadline(calendar, on).Due:yyyy-MM-dd}；能在期限内答复的，无需确定延迟期限。");
        ReasonsReasonable = reasonable;
        DelayedUntil = replyBy;
        var view = reasonable ? replyBy is { } d ? $"理由合理，确定延迟至{d:yyyy-MM-dd}答复" : "理由合理，继续办理" : "理由不合理";
        Record(on, actor, at, "审查申请人说明的理由", string.IsNullOrWhiteSpace(reasons) ? view : $"{view}；申请人的理由：{reasons.Trim()}");
    }

    /// <summary>
    /// 收费通知 (109号 Art. 7): within the handling period, with the basis, the standard, the amount and how to pay. Charging is
    /// the agency's choice (Art. 42); the clock stands still until payment (configurable, default on).
    /// </summary>
    public void SendFeeNotice(DateOnly on, Actor actor, FeeMethod method, int quantity, string howToPay, WorkingDayCalendar calendar, DateTimeOffset at, bool pauseClock = true)
    {
        Require(RequestStep.Fee, actor);
        if (string.IsNullOrWhiteSpace(howToPay)) throw new DomainException("请写明缴费方式（收款账户、缴费地点或网址）：收费通知须说明缴纳方式。");
        var amount = Fees.For(method, quantity);
        if (amount == 0) throw new DomainException("按该数量不收取信息处理费，无需发出收费通知。");
        var due = Deadline(calendar, on).Due;
        if (on > due) throw new DomainException($"收费通知应在答复期限内发出；答复期限已于{due:yyyy-MM-dd}届满。");
        NotBefore(on, ClockStart, "发出收费通知");
        FeeMethod = method;
        FeeQuantity = quantity;
        FeeAmount = amount;
        FeeNoticeOn = on;
        FeePayment = howToPay.Trim();
        NoticeServedOn = null;
        if (pauseClock) PausedSince = on;
        Move(RequestState.AwaitingFee, on, actor, at, "发出收费通知", Fees.Standard(method, quantity));
    }

    public void RecordPayment(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestStep.Paid, actor);
        if (PausedSince is not null) EndPause(on, "等待缴费");
        FeePaidOn = on;
        Move(RequestState.Received, on, actor, at, "申请人已缴费", null);
    }

    /// <summary>减免: the agency waives the fee (e.g. for an applicant in hardship) and goes on handling the request.</summary>
    public void WaiveFee(DateOnly on, Actor actor, string reason, DateTimeOffset at)
    {
        Require(RequestStep.Waive, actor);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("请写明减免信息处理费的理由。");
        if (PausedSince is not null) EndPause(on, "等待缴费");
        FeeWaived = true;
        Move(RequestState.Received, on, actor, at, "减免信息处理费", reason);
    }

    /// <summary>Not paid within 20 working days of the notice's receipt: deemed withdrawn (3.6.2).</summary>
    public void CloseUnpaid(DateOnly on, Actor actor, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        Require(RequestStep.Unpaid, actor);
        RequireLapsed(on, calendar);
        if (PausedSince is not null) EndPause(on, "等待缴费");
        SetOutcome(Outcomes.ByKey("3.6.2"), [], on);
        Move(RequestState.Decided, on, actor, at, "逾期未缴费，不再处理", "申请人逾期未按收费通知要求缴纳费用，视为放弃申请");
    }

    /// <summary>The decision, with exactly one outcome of table 三 (a mixed outcome counts as 3.2 only), and what its reply must say.</summary>
    public void Decide(DateOnly on, Actor actor, string outcomeKey, IReadOnlyDictionary<string, string> fields, DateTimeOffset at)
    {
        Require(RequestStep.Decide, actor);
        var outcome = Outcomes.Find(outcomeKey);
        if (outcome is null || outcome.FromStep)
            throw new DomainException($"“{outcomeKey}”不是可以直接选择的办理结果（逾期不补正、逾期不缴费由相应步骤产生）。");
        NotBefore(on, ClockStart, "作出决定");
        var kept = outcome.Checked(fields);
        if (outcome.RowCode == "3.5.4" && (ReasonsRequestedOn is null || ReasonsReasonable == true))
            throw new DomainException(ReasonsRequestedOn is null
                ? "“无正当理由大量反复申请”须先要求申请人说明理由（条例第三十五条）。"
                : "已认定申请人的理由合理，不能再以“无正当理由大量反复申请”不予处理。");
        if (outcome.RowCode is "3.1" or "3.2" && ThirdPartyObjected && ThirdPartyNotifiedOn is null)
            throw new DomainException("第三方不同意公开，本机关决定公开的，须先将决定公开的内容和理由书面告知第三方（条例第三十二条）。");
        SetOutcome(outcome, kept, on);
        Move(RequestState.Decided, on, actor, at, $"决定：{outcome.Name}", OutcomeReason);
    }

    public void Decide(DateOnly on, Actor actor, string outcomeKey, string reason, DateTimeOffset at) =>
        Decide(on, actor, outcomeKey, new Dictionary<string, string> { [Outcomes.Reason] = reason }, at);

    /// <summary>The head signs off the drafted reply: it is numbered and may then be served.</summary>
    public void SignOffReply(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestStep.SignOff, actor);
        NotBefore(on, DecidedOn!.Value, "签发答复书");
        ReplySignedOffOn = on;
        Record(on, actor, at, "签发答复书", null);
    }

    /// <summary>The head sends the decision back with a reason; the officer decides again (its draft reply is discarded).</summary>
    public void ReturnDecision(DateOnly on, Actor actor, string reason, DateTimeOffset at)
    {
        Require(RequestStep.ReturnDecision, actor);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("请写明退回的理由。");
        (OutcomeCode, OutcomeKey, OutcomeReason, DecidedOn, DecidedLate) = (null, null, null, null, null);
        _decisionFields.Clear();
        Move(RequestState.Received, on, actor, at, "退回决定，重新办理", reason);
    }

    /// <summary>送达: how the reply reached the applicant, with its proof (the day counts as 〔2016〕235号 says).</summary>
    public void Reply(DateOnly on, Actor actor, DeliveryMethod method, string? proof, DateTimeOffset at)
    {
        Require(RequestStep.Reply, actor);
        NotBefore(on, ReplySignedOffOn!.Value, "送达答复");
        proof = Intake.PlainText.Checked("送达凭证", proof);
        if (method.Proof() is { } needed && proof.Length == 0) throw new DomainException($"请填写送达凭证：{needed}。");
        RepliedOn = on;
        (ReplyDelivery, ReplyProof) = (method, proof.Length == 0 ? null : proof);
        Move(RequestState.Replied, on, actor, at, "送达答复", proof.Length == 0 ? method.Label() : $"{method.Label()}：{proof}");
    }

    /// <summary>The office confirms an online application with the applicant; the history keeps both moments.</summary>
    public void ConfirmReceipt(Actor actor, DateTimeOffset at)
    {
        Require(RequestStep.ConfirmReceipt, actor);
        ReceiptConfirmedAt = at;
        Record(ChinaTime.DayOf(at), actor, at, "签收网上申请", $"收到申请之日为{ReceivedOn:yyyy-MM-dd}");
    }

    /// <summary>Why files cannot be attached to the reply now, or null: the information goes with 予以公开 or 部分公开, before it is served.</summary>
    public string? ReplyAttachmentRefusal() =>
        State != RequestState.Decided ? "只有作出决定、尚未送达的申请才能添加答复附件。"
        : Outcome is { Key: "3.1" or "3.2" } ? null
        : "只有“予以公开（提供信息）”和“部分公开”的答复附有所提供的信息。";

    public void Close(DateOnly on, Actor actor, DateTimeOffset at)
    {
        Require(RequestStep.Close, actor);
        ClosedOn = on;
        Move(RequestState.Closed, on, actor, at, "办结归档", null);
    }

    private void SetOutcome(Outcome outcome, IReadOnlyList<DecisionField> fields, DateOnly on)
    {
        OutcomeCode = outcome.RowCode;
        OutcomeKey = outcome.Key;
        _decisionFields.Clear();
        _decisionFields.AddRange(fields);
        OutcomeReason = fields.FirstOrDefault(f => f.Key == Outcomes.Reason)?.Value ?? "";
        DecidedOn = on;
    }

    private void EndPause(DateOnly on, string reason)
    {
        NotBefore(on, PausedSince!.Value, reason);
        _pauses.Add(new Pause(PausedSince.Value, on, reason));
        PausedSince = null;
    }

    /// <summary>Refuses a step the table does not allow now, or that the actor's role may not take.</summary>
    private void Require(RequestStep step, Actor actor)
    {
        if (!AccessTable.Allows(actor.Role, step.Permission, AgencyRelation.Own))
            throw new DomainException(step.Permission == Permission.Approve ? $"“{step.Button}”须经政府信息公开工作机构负责人。" : $"您的角色不能{step.Button}。");
        if (step.RefusalFor(this) is { } refusal) throw new DomainException(refusal);
    }

    private static void NotBefore(DateOnly on, DateOnly earliest, string step)
    {
        if (on < earliest) throw new DomainException($"{step}的日期不能早于{earliest:yyyy-MM-dd}。");
    }

    private void Move(RequestState to, DateOnly on, Actor actor, DateTimeOffset at, string action, string? note) =>
        Move(to, on, actor.Name, at, action, note);

    private void Move(RequestState to, DateOnly on, string by, DateTimeOffset at, string action, string? note)
    {
        _history.Add(new RequestEvent(at, on, by, action, State, to, note));
        State = to;
        Version++;
    }

    private void Record(DateOnly on, Actor actor, DateTimeOffset at, string action, string? note)
    {
        _history.Add(new RequestEvent(at, on, actor.Name, action, State, State, note));
        Version++;
    }
}
