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
}
