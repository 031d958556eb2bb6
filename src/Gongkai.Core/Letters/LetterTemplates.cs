using Gongkai.Reports;

namespace Gongkai.Letters;

/// <summary>The shipped texts of the letters, after the standard set of the national standardisation pilots.</summary>
public static class LetterTemplates
{
    private const string Remedies =
        "如对本答复不服，可以自收到本答复之日起60日内向{{复议机关}}申请行政复议，或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼。";

    public static string ReplyKey(string outcomeCode) => "Reply:" + string.Join('.', outcomeCode.Split('.').Take(2));

    public static string KeyOf(LetterKind kind, string? outcomeCode = null) =>
        kind == LetterKind.Reply ? ReplyKey(outcomeCode ?? throw new ArgumentNullException(nameof(outcomeCode))) : kind.ToString();

    public static IReadOnlyList<LetterTemplate> Defaults { get; } =
    [
        new(nameof(LetterKind.Receipt), "政府信息公开申请接收回执",
            "{{申请人}}：\n本机关于{{收到日期}}收到您提出的政府信息公开申请（编号{{编号}}），所需信息为：“{{所需信息}}”。\n" +
            "根据《中华人民共和国政府信息公开条例》第三十三条的规定，本机关将在收到申请之日起20个工作日内，即{{答复期限}}前予以答复；需要延长答复期限的，将另行书面告知。\n" +
            "您可以凭查询码{{查询码}}和您预留的联系电话或证件号码后四位，在本机关政府信息公开平台查询办理进度。"),
        new(nameof(LetterKind.CorrectionNotice), "政府信息公开申请补正告知书",
            "{{申请人}}：\n本机关于{{收到日期}}收到您提出的政府信息公开申请（编号{{编号}}）。经审查，您的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对以下事项作出补正：\n{{补正事项}}\n" +
            "请您自收到本告知书之日起15个工作日内提交补正材料，答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为您放弃申请，本机关不再处理该政府信息公开申请。"),
        new(nameof(LetterKind.ExtensionNotice), "政府信息公开申请延期答复告知书",
            "{{申请人}}：\n本机关于{{收到日期}}收到您提出的政府信息公开申请（编号{{编号}}）。因{{延期理由}}，本机关不能在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，本机关将在{{答复期限}}前予以答复。"),
        new(nameof(LetterKind.ThirdPartyConsultation), "政府信息公开征求第三方意见书",
            "{{第三方}}：\n本机关收到政府信息公开申请（编号{{编号}}），申请公开的信息为：“{{所需信息}}”。该信息可能损害你方合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求你方意见。\n" +
            "请你方自收到本意见书之日起15个工作日内提出书面意见；逾期未提出意见的，由本机关依照条例的规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的内容和理由书面告知你方。",
            ToApplicant: false),
        new(nameof(LetterKind.FeeNotice), "政府信息公开信息处理费缴费通知书",
            "{{申请人}}：\n本机关于{{收到日期}}收到您提出的政府信息公开申请（编号{{编号}}）。根据《中华人民共和国政府信息公开条例》第四十二条和《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）的规定，您的申请超出合理范围，应{{计收方式}}收取信息处理费{{收费金额}}元。\n" +
            "请您自收到本通知书次日起20个工作日内缴纳，缴费期间不计算在答复期限内。逾期未缴纳的，视为您放弃申请，本机关不再处理该政府信息公开申请。"),
        Reply("3.1", "经审查，您申请获取的政府信息属于公开范围。根据《中华人民共和国政府信息公开条例》{{法律依据}}的规定，本机关予以公开，现按您要求的方式提供（见附件）。{{决定理由}}"),
        Reply("3.2", "经审查，您申请获取的政府信息中部分内容属于不予公开的范围。根据《中华人民共和国政府信息公开条例》{{法律依据}}的规定，本机关对可以公开的部分予以提供，对不予公开的部分不予公开，理由是：{{决定理由}}"),
        Reply("3.3", "经审查，您申请获取的政府信息{{办理结果}}。根据《中华人民共和国政府信息公开条例》{{法律依据}}的规定，本机关不予公开，理由是：{{决定理由}}"),
        Reply("3.4", "经审查，{{办理结果}}。根据《中华人民共和国政府信息公开条例》{{法律依据}}的规定，本机关无法提供该政府信息，说明如下：{{决定理由}}"),
        Reply("3.5", "经审查，您的申请属于{{办理结果}}的情形。根据《中华人民共和国政府信息公开条例》{{法律依据}}的规定，本机关不予处理，说明如下：{{决定理由}}"),
        Reply("3.6", "{{办理结果}}。根据《中华人民共和国政府信息公开条例》{{法律依据}}的规定，本机关不再处理您的政府信息公开申请。{{决定理由}}"),
    ];

    private static LetterTemplate Reply(string group, string decision) => new(ReplyKey(group), "政府信息公开申请答复书",
        "{{申请人}}：\n本机关于{{收到日期}}收到您提出的政府信息公开申请（编号{{编号}}），您申请获取：{{所需信息}}。\n" + decision + "\n" + Remedies);

    /// <summary>The article of the Regulation each outcome rests on (RULES.md, Art. 36–39).</summary>
    public static string LegalGround(string outcomeCode) => outcomeCode switch
    {
        "3.1" => "第三十六条第（二）项",
        "3.2" => "第三十七条",
        "3.3.1" or "3.3.2" or "3.3.3" => "第十四条、第三十六条第（三）项",
        "3.3.4" => "第十五条、第三十二条、第三十六条第（三）项",
        "3.3.5" => "第十六条第一款、第三十六条第（三）项",
        "3.3.6" or "3.3.7" => "第十六条第二款、第三十六条第（三）项",
        "3.3.8" => "第三十六条第（七）项",
        "3.4.1" => "第三十六条第（四）项、第（五）项",
        "3.4.2" => "第三十八条",
        "3.4.3" => "第三十条",
        "3.5.1" => "第三十九条第一款",
        "3.5.2" => "第三十六条第（六）项",
        "3.5.3" => "第三十九条第二款",
        "3.5.4" => "第三十五条",
        "3.5.5" => "第三十六条",
        "3.6.1" => "第三十条",
        "3.6.2" => "第四十二条",
        "3.6.3" => "第三十六条",
        _ => throw new ArgumentOutOfRangeException(nameof(outcomeCode), outcomeCode, "not an outcome of table 三"),
    };

    /// <summary>The outcome in words for the letter: "属于国家秘密".</summary>
    public static string OutcomeWords(string outcomeCode)
    {
        var label = RequestRow.ByCode(outcomeCode).Label;
        var dot = label.IndexOf('.', StringComparison.Ordinal);
        return (dot >= 0 ? label[(dot + 1)..] : label).Trim('（', '）', '一', '二');
    }
}
