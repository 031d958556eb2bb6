namespace Gongkai.Letters;

/// <summary>The letters the Regulation requires in handling a request.</summary>
public enum LetterKind
{
    /// <summary>受理回执</summary>
    Receipt,
    /// <summary>补正告知书 (Art. 30)</summary>
    CorrectionNotice,
    /// <summary>延期答复告知书 (Art. 33)</summary>
    ExtensionNotice,
    /// <summary>征求第三方意见书 (Art. 32), addressed to the third party</summary>
    ThirdPartyConsultation,
    /// <summary>收费通知书 (国办函〔2020〕109号)</summary>
    FeeNotice,
    /// <summary>政府信息公开申请答复书 (Art. 36–39)</summary>
    Reply,
    /// <summary>征求意见书 to an agency that made the information together with this one (Art. 34)</summary>
    AgencyConsultation,
    /// <summary>依申请公开告知书: to a third party that objected, what will be disclosed and why (Art. 32)</summary>
    ThirdPartyDisclosureNotice,
    /// <summary>说明理由告知书 (Art. 35)</summary>
    ReasonsNotice,
    /// <summary>延迟答复告知书: reasons found reasonable, a later reply date (Art. 35)</summary>
    DelayNotice,
}

public static class LetterKinds
{
    /// <summary>The letter's name as officers call it, for lists and the template editor.</summary>
    public static string Label(this LetterKind kind) => kind switch
    {
        LetterKind.Receipt => "接收回执（致申请人）",
        LetterKind.CorrectionNotice => "补正告知书（致申请人）",
        LetterKind.ExtensionNotice => "延期答复告知书（致申请人）",
        LetterKind.ThirdPartyConsultation => "征求第三方意见书（致第三方）",
        LetterKind.FeeNotice => "收费通知书（致申请人）",
        LetterKind.Reply => "答复书（致申请人；决定、依据和救济途径按办理结果生成）",
        LetterKind.AgencyConsultation => "征求意见书（致共同制作机关）",
        LetterKind.ThirdPartyDisclosureNotice => "依申请公开告知书（致不同意公开的第三方）",
        LetterKind.ReasonsNotice => "说明理由告知书（致申请人）",
        LetterKind.DelayNotice => "延迟答复告知书（致申请人）",
    };

    public static string LabelOfKey(string key) => Enum.TryParse<LetterKind>(key, out var kind) ? kind.Label() : key;
}
