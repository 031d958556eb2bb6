using Gongkai.Letters;

namespace Gongkai.Requests;

/// <summary>What a step asks the officer for, besides its date.</summary>
[Flags]
public enum StepInputs
{
    None = 0,
    Note = 1,
    Outcome = 2,
    Fee = 4,
    Days = 8,
    Answer = 16,
    Reasonable = 32,
    Until = 64,
    Delivery = 128,
}

/// <summary>How a consulted party answered (Art. 32, 34).</summary>
public enum ConsultationAnswer
{
    Agreed,
    Objected,
    NoAnswer,
}

/// <summary>
/// A step of the workflow: the states it may be taken from, the further condition (a refusal in words, or null), the
/// permission it needs, the letter it issues and what it asks for. The aggregate refuses a step by this table, and the pages
/// and the API offer exactly the steps it allows — one place.
/// </summary>
public sealed record RequestStep(
    string Key, string Title, string Button, RequestState[] From, Func<InformationRequest, string?> Refusal,
    LetterKind? Letter = null, Permission Permission = Permission.HandleRequests, StepInputs Inputs = StepInputs.None, string NoteLabel = "说明")
{
    private static readonly RequestState[] Open = [RequestState.Received, RequestState.CorrectionRequested, RequestState.ThirdPartyConsultation, RequestState.AwaitingFee];
    private static readonly RequestState[] Handling = [RequestState.Received];
    private static string? Always(InformationRequest _) => null;

    public static readonly RequestStep Decide = new("decide", "作出决定", "保存决定", Handling, Always, LetterKind.Reply, Inputs: StepInputs.Outcome | StepInputs.Note, NoteLabel: "具体理由（经检索没有的，写明检索的范围、方式和结果）");
    public static readonly RequestStep Correction = new("correction", "要求补正（收到申请之日起7个工作日内，一次性告知）", "发出补正告知", Handling,
        r => r.CorrectionRequestedOn is null ? null : "补正只能要求一次（条例第三十条）。", LetterKind.CorrectionNotice, Inputs: StepInputs.Note | StepInputs.Days, NoteLabel: "需要补正的事项");
    public static readonly RequestStep Served = new("served", "登记告知书送达申请人的日期（逾期不补正、逾期未缴费自此计算）", "登记送达", [RequestState.CorrectionRequested, RequestState.AwaitingFee],
        r => r.NoticeServedOn is null ? null : "告知书的送达日期已经登记。");
    public static readonly RequestStep Corrected = new("corrected", "收到补正材料（答复期限重新计算）", "登记收到补正", [RequestState.CorrectionRequested], Always);
    public static readonly RequestStep Uncorrected = new("uncorrected", "申请人逾期未补正，视为放弃申请", "不再处理", [RequestState.CorrectionRequested],
        r => r.LapseRefusal(), LetterKind.Reply);
    public static readonly RequestStep Consult = new("consult", "征求第三方意见（条例第三十二条，期间不计入答复期限）", "发出征求意见书", Handling, Always,
        LetterKind.ThirdPartyConsultation, Inputs: StepInputs.Note, NoteLabel: "第三方名称");
    public static readonly RequestStep ConsultAgency = new("consult-agency", "征求共同制作机关意见（条例第三十四条，逾期未答复视为同意）", "发出征求意见书", Handling, Always,
        LetterKind.AgencyConsultation, Inputs: StepInputs.Note, NoteLabel: "共同制作的机关名称");
    public static readonly RequestStep Consulted = new("consulted", "登记意见（或期限届满未答复）", "登记", [RequestState.ThirdPartyConsultation], Always,
        Inputs: StepInputs.Answer | StepInputs.Note, NoteLabel: "意见内容");
    public static readonly RequestStep NotifyThirdParty = new("notify-third-party", "书面告知第三方决定公开的内容和理由（第三方不同意公开而决定公开的，条例第三十二条）", "发出告知书", Handling,
        r => r.ThirdPartyObjected && r.ThirdPartyNotifiedOn is null ? null : "只有第三方不同意公开而本机关决定公开时，才须书面告知第三方。",
        LetterKind.ThirdPartyDisclosureNotice, Inputs: StepInputs.Note, NoteLabel: "决定公开的内容和理由");
    public static readonly RequestStep Extension = new("extension", "申请延期答复（须负责人同意）", "提交延期申请", Open,
        r => r.Extended || r.ExtensionRequested ? "延期只能申请一次（条例第三十三条）。" : null, Inputs: StepInputs.Note, NoteLabel: "延期理由");
    public static readonly RequestStep ApproveExtension = new("approve-extension", "批准延期答复", "同意延期", Open,
        r => r.ExtensionRequested && !r.Extended ? null : "没有待审批的延期申请。", LetterKind.ExtensionNotice, Permission.Approve);
    public static readonly RequestStep RefuseExtension = new("refuse-extension", "不同意延期", "不同意延期", Open,
        r => r.ExtensionRequested && !r.Extended ? null : "没有待审批的延期申请。", Permission: Permission.Approve, Inputs: StepInputs.Note, NoteLabel: "不同意的理由");
    public static readonly RequestStep AskReasons = new("ask-reasons", "要求申请人说明理由（申请数量、频次明显超过合理范围，条例第三十五条）", "发出说明理由告知书", Handling,
        r => r.ReasonsRequestedOn is null ? null : "已经要求申请人说明理由。", LetterKind.ReasonsNotice, Inputs: StepInputs.Note, NoteLabel: "申请数量、频次的情况");
    public static readonly RequestStep Reasons = new("reasons", "登记申请人说明的理由和审查意见", "登记", Handling,
        r => r.ReasonsRequestedOn is null ? "尚未要求申请人说明理由。" : r.ReasonsReasonable is not null ? "申请理由已经审查。" : null,
        LetterKind.DelayNotice, Inputs: StepInputs.Note | StepInputs.Reasonable | StepInputs.Until, NoteLabel: "申请人说明的理由");
    public static readonly RequestStep Fee = new("fee", "发出收费通知（可以收取，条例第四十二条）", "发出收费通知", Handling,
        r => r.FeeNoticeOn is null ? null : "本申请已经发出过收费通知。", LetterKind.FeeNotice, Inputs: StepInputs.Fee | StepInputs.Note, NoteLabel: "缴费方式（账户、地点或网址）");
    public static readonly RequestStep Paid = new("paid", "申请人已缴费", "登记缴费", [RequestState.AwaitingFee], Always);
    public static readonly RequestStep Waive = new("waive", "减免信息处理费", "减免", [RequestState.AwaitingFee], Always, Inputs: StepInputs.Note, NoteLabel: "减免的理由");
    public static readonly RequestStep Unpaid = new("unpaid", "申请人逾期未缴费，视为放弃申请", "不再处理", [RequestState.AwaitingFee], r => r.LapseRefusal(), LetterKind.Reply);
    public static readonly RequestStep SignOff = new("sign-off", "签发答复书（负责人）", "签发", [RequestState.Decided],
        r => r.ReplySignedOffOn is null ? null : "答复书已经签发。", Permission: Permission.Approve);
    public static readonly RequestStep ReturnDecision = new("return-decision", "退回决定，由经办人重新办理（负责人）", "退回", [RequestState.Decided],
        r => r.ReplySignedOffOn is not null ? "答复书已经签发，不能退回。"
            : r.Outcome is { FromStep: true } ? "逾期不补正、逾期未缴费的答复书可以修改文字后签发，不能退回。" : null,
        Permission: Permission.Approve, Inputs: StepInputs.Note, NoteLabel: "退回的理由");
    public static readonly RequestStep Reply = new("reply", "送达答复", "登记送达", [RequestState.Decided],
        r => r.ReplySignedOffOn is null ? "答复书须经负责人签发后才能送达。" : null, Inputs: StepInputs.Delivery | StepInputs.Note, NoteLabel: "送达凭证（邮件号、电子邮箱或签收人）");
    public static readonly RequestStep ConfirmReceipt = new("confirm-receipt", "签收网上申请（与申请人确认收到）", "签收", Open,
        r => r.Channel is RequestChannel.Online or RequestChannel.Fax && r.ReceiptConfirmedAt is null ? null : "该申请不需要签收或已经签收。");
    public static readonly RequestStep Close = new("close", "办结归档", "办结", [RequestState.Replied], Always);

    public static IReadOnlyList<RequestStep> All { get; } =
    [
        ConfirmReceipt, Decide, Correction, Served, Corrected, Uncorrected, Consult, ConsultAgency, Consulted, NotifyThirdParty, AskReasons, Reasons,
        Fee, Paid, Waive, Unpaid, Extension, ApproveExtension, RefuseExtension, SignOff, ReturnDecision, Reply, Close,
    ];

    public static RequestStep? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    /// <summary>The letter the step issues once taken: the reasons step issues the 延迟答复告知书 only when it set a later date.</summary>
    public LetterKind? LetterFor(InformationRequest request) => Key == Reasons.Key && request.DelayedUntil is null ? null : Letter;

    /// <summary>Why <paramref name="request"/> cannot take this step now, or null.</summary>
    public string? RefusalFor(InformationRequest request) =>
        From.Contains(request.State) ? Refusal(request) : $"申请当前为“{request.State.Label()}”，不能{Button}。";
}
