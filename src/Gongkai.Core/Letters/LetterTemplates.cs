
namespace Gongkai.Letters;

/// <summary>The shipped texts of the letters, after the standard set of the national standardisation pilots.</summary>
public static class LetterTemplates
{
    /// <summary>The template key of a letter kind; every reply shares one frame, its decision and remedies come from <see cref="Outcomes"/>.</summary>
    public static string KeyOf(LetterKind kind) => kind.ToString();

    private const string Greeting = "{{申请人}}：\n本机关于{{收到日期}}收到您提出的政府信息公开申请（编号{{编号}}）";
    private const string Regulation = "《中华人民共和国政府信息公开条例》";

    public static IReadOnlyList<LetterTemplate> Defaults { get; } =
    [
        new(nameof(LetterKind.Receipt), "政府信息公开申请接收回执",
            Greeting + "，所需信息为：“{{所需信息}}”。\n" +
            $"根据{Regulation}第三十三条的规定，本机关将在收到申请之日起20个工作日内，即{{{{答复期限}}}}之前（含当日）予以答复；需要延长答复期限的，将另行书面告知。\n" +
            "您可以凭查询码{{查询码}}和您预留的联系电话或证件号码后四位，在本机关政府信息公开平台查询办理进度。"),
        new(nameof(LetterKind.CorrectionNotice), "政府信息公开申请补正告知书",
            Greeting + $"。经审查，您的申请内容不明确。根据{Regulation}第三十条的规定，请您对以下事项作出补正：\n{{{{补正事项}}}}\n" +
            "请您自收到本告知书之日起{{补正期限}}个工作日内提交补正材料，答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为您放弃申请，本机关不再处理该政府信息公开申请。"),
        new(nameof(LetterKind.ExtensionNotice), "政府信息公开申请延期答复告知书",
            Greeting + $"。因{{{{延期理由}}}}，本机关不能在法定期限内作出答复。根据{Regulation}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，本机关将在{{{{答复期限}}}}之前（含当日）予以答复。"),
        new(nameof(LetterKind.ThirdPartyConsultation), "政府信息公开征求第三方意见书",
            "{{第三方}}：\n本机关收到政府信息公开申请（编号{{编号}}），申请公开的信息为：“{{所需信息}}”。该信息可能损害你方合法权益。" +
            $"根据{Regulation}第三十二条的规定，现书面征求你方意见。\n" +
            "请你方自收到本意见书之日起15个工作日内提出书面意见；逾期未提出意见的，由本机关依照条例的规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知你方。",
            ToApplicant: false),
        new(nameof(LetterKind.AgencyConsultation), "政府信息公开征求意见书",
            "{{第三方}}：\n本机关收到政府信息公开申请（编号{{编号}}），申请公开的信息为：“{{所需信息}}”。该政府信息由本机关与你单位共同制作。" +
            $"根据{Regulation}第三十四条的规定，现征求你单位意见。请你单位自收到本意见书之日起15个工作日内提出意见；逾期未提出意见的，视为同意公开。",
            ToApplicant: false),
        new(nameof(LetterKind.ThirdPartyDisclosureNotice), "政府信息依申请公开告知书",
            "{{第三方}}：\n本机关收到政府信息公开申请（编号{{编号}}），申请公开的信息为：“{{所需信息}}”，并已征求你方意见。你方不同意公开，" +
            $"本机关认为不公开可能对公共利益造成重大影响，根据{Regulation}第十五条、第三十二条的规定，决定予以公开。决定公开的政府信息内容和理由如下：{{{{公开内容和理由}}}}。",
            ToApplicant: false),
        new(nameof(LetterKind.ReasonsNotice), "政府信息公开申请说明理由告知书",
            Greeting + $"。经审查，{{{{申请情况}}}}，申请公开政府信息的数量、频次明显超过合理范围。根据{Regulation}第三十五条的规定，请您自收到本告知书之日起15个工作日内向本机关说明申请理由。" +
            "本机关认为申请理由不合理的，将告知您不予处理；认为申请理由合理，但无法在法定期限内答复的，将确定延迟答复的合理期限并告知您。"),
        new(nameof(LetterKind.DelayNotice), "政府信息公开申请延迟答复告知书",
            Greeting + $"。本机关已要求您说明申请理由，经审查，您的申请理由合理，但本机关无法在{Regulation}第三十三条规定的期限内答复。" +
            $"根据{Regulation}第三十五条的规定，本机关确定延迟答复的期限，将在{{{{答复期限}}}}之前（含当日）予以答复。"),
        new(nameof(LetterKind.FeeNotice), "政府信息公开信息处理费缴费通知书",
            Greeting + $"。您申请公开政府信息的数量、频次超出一定范围，根据{Regulation}第四十二条和《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费。\n" +
            "收费标准：{{收费标准}}。应缴金额：{{收费金额}}元。缴纳方式：{{缴费方式}}。\n" +
            "请您自收到本通知书次日起20个工作日内缴纳；逾期未缴纳的，视为您放弃申请，本机关不再处理该政府信息公开申请。缴费期间不计算在答复期限内。"),
        new(nameof(LetterKind.Reply), "政府信息公开申请答复书",
            Greeting + "，您申请获取：{{所需信息}}。\n{{答复内容}}\n{{救济途径}}"),
    ];

    /// <summary>Placeholders a template of the kind cannot do without: a reply without its decision or remedies is not a reply.</summary>
    public static IReadOnlyList<string> Required(string key) => key == nameof(LetterKind.Reply) ? ["答复内容", "救济途径"] : [];
}
