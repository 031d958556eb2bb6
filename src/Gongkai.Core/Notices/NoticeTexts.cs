using Gongkai.Requests;

namespace Gongkai.Notices;

/// <summary>The words of each notice, for an e-mail (subject and body) and an SMS (one short text).</summary>
public static class NoticeTexts
{
    /// <summary>The notice a step of the workflow sends the applicant, or null.</summary>
    public static NoticeKind? ForStep(string stepKey) => stepKey switch
    {
        "register" => NoticeKind.Receipt,
        "correction" => NoticeKind.Correction,
        "approve-extension" => NoticeKind.Extension,
        "reply" => NoticeKind.ReplySent,
        _ => null,
    };

    public static (string Subject, string Body) Write(NoticeKind kind, InformationRequest request, string agency, DateOnly? due)
    {
        var number = request.Number;
        var dueText = due is { } d ? Calendar.ChinaTime.Written(d) : "";
        return kind switch
        {
            NoticeKind.Receipt => ($"{agency}已收到您的政府信息公开申请",
                $"{agency}已收到您的政府信息公开申请（编号{number}），将在{dueText}之前（含当日）答复。您可以凭查询码{request.TrackingCode}查询办理进度。"),
            NoticeKind.Correction => ($"请补正您的政府信息公开申请（{number}）",
                $"{agency}请您补正政府信息公开申请（编号{number}）：{request.CorrectionItems}。请凭查询码{request.TrackingCode}在查询页面在线提交补正，或按补正告知书所列方式提交。"),
            NoticeKind.Extension => ($"您的政府信息公开申请（{number}）延期答复",
                $"{agency}经政府信息公开工作机构负责人同意，延期答复您的政府信息公开申请（编号{number}），将在{dueText}之前（含当日）答复。"),
            NoticeKind.ReplySent => ($"您的政府信息公开申请（{number}）已答复",
                $"{agency}已答复您的政府信息公开申请（编号{number}）。请凭查询码{request.TrackingCode}在查询页面下载答复书和所提供的信息。"),
            NoticeKind.DueSoon => ($"申请{number}将于{dueText}到期",
                $"政府信息公开申请{number}的答复期限为{dueText}，剩余不足5个工作日，请及时办理。"),
            NoticeKind.Overdue => ($"申请{number}已超过答复期限",
                $"政府信息公开申请{number}的答复期限{dueText}已过，尚未答复，请立即办理。"),
        };
    }
}
