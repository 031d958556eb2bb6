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
