
namespace Gongkai.Requests;

/// <summary>
/// What the applicant may do against a reply. Since 2024-01-01 a refusal to disclose goes to review first
/// (行政复议法 Art. 23 ¶1(四)); for a partial disclosure that holds for the withheld part.
/// </summary>
public enum Remedy
{
    ReviewOrSuit,
    ReviewFirst,
    ReviewFirstForWithheldPart,
}

/// <summary>Something the officer writes into a reply: the reason, where the information is published, the responsible agency.</summary>
public sealed record OutcomeField(string Key, string Label, bool Required = true, bool MultiLine = false);

/// <summary>
/// One way of deciding a request: the row of table 三 it counts in, the provisions it rests on, the decision paragraph of the
/// reply in the Regulation's words (with {{field}} for what the officer writes), the remedies, and the fields the officer
/// must fill. Two replies may count in one row (Art. 36 (一)/(二) both in 3.1; (四)/(五) both in 3.4.1).
/// </summary>
public sealed record Outcome(string Key, string RowCode, string Name, string Basis, string Decision, Remedy Remedy, IReadOnlyList<OutcomeField> Fields)
{
    public RequestRow Row => RequestRow.ByCode(RowCode);

    /// <summary>The group of table 三 it belongs to, for the officer's list: "（三）不予公开".</summary>
    public string Group => Row.Group ?? (RowCode == "3.1" ? "（一）予以公开" : Row.Label);

    /// <summary>Whether it comes from a step (a lapsed correction or an unpaid fee) rather than the officer's choice.</summary>
    public bool FromStep => RowCode is "3.6.1" or "3.6.2";

    /// <summary>
    /// The decision paragraph of the reply to <paramref name="request"/>: the officer's fields and the request's own dates
    /// set into the Regulation's words; a trailing optional remark is its own sentence.
    /// </summary>
    public string Paragraph(InformationRequest request)
    {
        static string Date(DateOnly? d) => d is { } day ? Calendar.ChinaTime.Written(day) : "";
        var values = Fields.ToDictionary(f => f.Key, _ => "");
        foreach (var field in request.DecisionFields) values[field.Key] = field.Key == Outcomes.Withheld ? WithheldParts.Sentence(field.Value) : field.Value;
        values["获取方式"] = request.DeliveryForm;
        values["补正告知日期"] = Date(request.CorrectionRequestedOn);
        values["补正期限"] = request.CorrectionWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["说明理由告知日期"] = Date(request.ReasonsRequestedOn);
        values["收费通知日期"] = Date(request.FeeNoticeOn);
        if (Decision.EndsWith("}}", StringComparison.Ordinal) && Fields.Count > 0 && values[Fields[^1].Key] is { Length: > 0 } last && !"。！？".Contains(last[^1]))
            values[Fields[^1].Key] = last + "。";
        return new Letters.LetterTemplate(Key, Name, Decision).Render(values).Trim();
    }

    /// <summary>The fields as they are kept: trimmed, only known ones, every required one present.</summary>
    public IReadOnlyList<DecisionField> Checked(IReadOnlyDictionary<string, string> values)
    {
        var kept = new List<DecisionField>();
        foreach (var field in Fields)
        {
            var value = Intake.PlainText.Checked(field.Label, values.GetValueOrDefault(field.Key), field.MultiLine);
            if (value.Length == 0)
            {
                if (field.Required) throw new DomainException($"“{Name}”须填写：{field.Label}。");
                continue;
            }
            kept.Add(new DecisionField(field.Key, value));
        }
        if (RowCode == "3.2") WithheldParts.Check(kept.Single(f => f.Key == Outcomes.Withheld).Value);
        return kept;
    }
}

/// <summary>A value the officer wrote for a decision, kept with the request.</summary>
public sealed record DecisionField(string Key, string Value);

/// <summary>The table of outcomes, their legal bases, reply wording and remedies (RULES.md; docs/replies.md is generated from it).</summary>
public static class Outcomes
{
    public const string Reason = "理由";
    public const string Withheld = "不予公开部分";
    public const string PublishedAt = "公开途径";
    public const string ResponsibleAgency = "负责机关";
    public const string ResponsibleContact = "负责机关联系方式";
    public const string LegalBasis = "依据";
    public const string QueryProcedure = "查询途径";
    public const string EarlierReply = "前次答复";
    public const string Channel = "受理渠道";

    private const string Regulation = "《中华人民共和国政府信息公开条例》";
    private const string FeeMeasures = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

    private static OutcomeField Why(string label = "具体理由") => new(Reason, label, MultiLine: true);
    private static OutcomeField WhyOptional(string label = "补充说明") => new(Reason, label, Required: false, MultiLine: true);

    private static Outcome Refusal(string row, string name, string article, string words) => new(row, row, name,
        $"{Regulation}{article}、第三十六条第（三）项",
        $"经审查，您申请获取的政府信息{words}。根据{Regulation}{article}、第三十六条第（三）项的规定，本机关决定不予公开，理由是：{{{{{Reason}}}}}。",
        Remedy.ReviewFirst, [Why()]);

    public static IReadOnlyList<Outcome> All { get; } =
    [
        new("3.1", "3.1", "予以公开（提供信息）", $"{Regulation}第三十六条第（二）项",
            $"经审查，您申请获取的政府信息属于可以公开的政府信息。根据{Regulation}第三十六条第（二）项的规定，本机关予以公开，现按您要求的获取方式（{{{{获取方式}}}}）提供该政府信息（见附件）。{{{{{Reason}}}}}",
            Remedy.ReviewOrSuit, [WhyOptional()]),
        new("3.1.published", "3.1", "予以公开（已主动公开，告知获取途径）", $"{Regulation}第三十六条第（一）项",
            $"经审查，您申请获取的政府信息已经主动公开。根据{Regulation}第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径：{{{{{PublishedAt}}}}}。{{{{{Reason}}}}}",
            Remedy.ReviewOrSuit, [new(PublishedAt, "已公开的载体、栏目或网址及获取方式"), WhyOptional()]),
        new("3.2", "3.2", "部分公开", $"{Regulation}第三十七条",
            $"经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据{Regulation}第三十七条的规定，本机关向您提供可以公开的政府信息内容（见附件），对不予公开的内容说明理由如下：{{{{{Withheld}}}}}。{{{{{Reason}}}}}",
            Remedy.ReviewFirstForWithheldPart,
            [new(Withheld, "不予公开的内容及其理由（每行一项，写明所依据的条款，如“某某信息，属于个人隐私，依据条例第十五条不予公开”）", MultiLine: true), WhyOptional()]),
        Refusal("3.3.1", "不予公开：属于国家秘密", "第十四条", "属于依法确定为国家秘密的政府信息"),
        Refusal("3.3.2", "不予公开：法律、行政法规禁止公开", "第十四条", "属于法律、行政法规禁止公开的政府信息"),
        Refusal("3.3.3", "不予公开：危及“三安全一稳定”", "第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定"),
        Refusal("3.3.4", "不予公开：保护第三方合法权益", "第十五条", "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害"),
        Refusal("3.3.5", "不予公开：内部事务信息", "第十六条第一款", "属于行政机关的内部事务信息（人事管理、后勤管理、内部工作流程等方面的信息）"),
        Refusal("3.3.6", "不予公开：过程性信息", "第十六条第二款", "属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息"),
        Refusal("3.3.7", "不予公开：行政执法案卷信息", "第十六条第二款", "属于行政执法案卷信息"),
        new("3.3.8", "3.3.8", "告知依照查询程序办理（行政查询事项）", $"{Regulation}第三十六条第（七）项",
            $"经审查，您申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的情形。根据{Regulation}第三十六条第（七）项的规定，请您依照有关法律、行政法规的规定办理：{{{{{QueryProcedure}}}}}。{{{{{Reason}}}}}",
            Remedy.ReviewOrSuit, [new(QueryProcedure, "应依照的法律、行政法规和办理查询的机关、方式"), WhyOptional()]),
        new("3.4.1", "3.4.1", "无法提供：经检索没有（信息不存在）", $"{Regulation}第三十六条第（四）项",
            $"经检索，本机关没有您所申请公开的政府信息。根据{Regulation}第三十六条第（四）项的规定，现告知您该政府信息不存在。检索情况：{{{{{Reason}}}}}。",
            Remedy.ReviewOrSuit, [Why("检索的范围、方式和结果")]),
        new("3.4.1.elsewhere", "3.4.1", "无法提供：不属于本机关负责公开", $"{Regulation}第三十六条第（五）项",
            $"经审查，您所申请公开的政府信息不属于本机关负责公开，理由是：{{{{{Reason}}}}}。根据{Regulation}第三十六条第（五）项的规定，现告知您该政府信息由{{{{{ResponsibleAgency}}}}}负责公开，联系方式：{{{{{ResponsibleContact}}}}}。",
            Remedy.ReviewOrSuit, [Why("不属于本机关负责公开的理由"), new(ResponsibleAgency, "负责公开该信息的机关名称"), new(ResponsibleContact, "该机关的联系方式")]),
        new("3.4.2", "3.4.2", "无法提供：需要另行制作", $"{Regulation}第三十八条",
            $"经审查，本机关没有现成的您所申请的信息，提供该信息需要本机关对现有政府信息进行加工、分析。根据{Regulation}第三十八条的规定，本机关不予提供，理由是：{{{{{Reason}}}}}。",
            Remedy.ReviewOrSuit, [Why()]),
        new("3.4.3", "3.4.3", "无法提供：补正后申请内容仍不明确", $"{Regulation}第二十九条第二款第（二）项、第三十条",
            $"本机关已于{{{{补正告知日期}}}}告知您对申请作出补正。经审查，补正后您的申请内容仍不明确，本机关无法根据您的描述确定所需的政府信息。根据{Regulation}第二十九条第二款第（二）项、第三十条的规定，本机关无法提供，理由是：{{{{{Reason}}}}}。您可以在明确所需政府信息的名称、文号或者便于查询的其他特征性描述后重新提出申请。",
            Remedy.ReviewOrSuit, [Why()]),
        new("3.5.1", "3.5.1", "不予处理：信访、投诉、举报类申请", $"{Regulation}第三十九条第一款",
            $"经审查，您的申请是以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{Regulation}第三十九条第一款的规定，本机关不作为政府信息公开申请处理，您可以通过{{{{{Channel}}}}}提出。{{{{{Reason}}}}}",
            Remedy.ReviewOrSuit, [new(Channel, "信访、投诉、举报的受理渠道"), WhyOptional()]),
        new("3.5.2", "3.5.2", "不予处理：重复申请", $"{Regulation}第三十六条第（六）项",
            $"经审查，本机关已就您提出的政府信息公开申请作出答复（{{{{{EarlierReply}}}}}），您本次重复申请公开相同的政府信息。根据{Regulation}第三十六条第（六）项的规定，本机关不予重复处理。{{{{{Reason}}}}}",
            Remedy.ReviewOrSuit, [new(EarlierReply, "前次答复的日期和文号"), WhyOptional()]),
        new("3.5.3", "3.5.3", "不予处理：要求提供公开出版物", $"{Regulation}第三十九条第二款",
            $"经审查，您申请的内容是要求本机关提供政府公报、报刊、书籍等公开出版物。根据{Regulation}第三十九条第二款的规定，本机关告知您获取的途径：{{{{{PublishedAt}}}}}。{{{{{Reason}}}}}",
            Remedy.ReviewOrSuit, [new(PublishedAt, "该出版物的获取途径"), WhyOptional()]),
        new("3.5.4", "3.5.4", "不予处理：无正当理由大量反复申请", $"{Regulation}第三十五条",
            $"您申请公开政府信息的数量、频次明显超过合理范围，本机关已于{{{{说明理由告知日期}}}}要求您说明理由。经审查，本机关认为您的申请理由不合理，理由是：{{{{{Reason}}}}}。根据{Regulation}第三十五条的规定，本机关不予处理。",
            Remedy.ReviewOrSuit, [Why("认为申请理由不合理的理由")]),
        new("3.5.5", "3.5.5", "不予处理：要求确认或重新出具已获取的信息", "由经办人写明（条例第三十六条没有对应的项）",
            $"经审查，您的申请是要求本机关确认或者重新出具您已获取的信息，理由是：{{{{{Reason}}}}}。根据{{{{{LegalBasis}}}}}的规定，本机关不作为政府信息公开申请处理。",
            Remedy.ReviewOrSuit, [Why(), new(LegalBasis, "作出决定的法律依据（法律、法规的名称和条款）")]),
        new("3.6.1", "3.6.1", "其他处理：逾期不补正", $"{Regulation}第三十条",
            $"本机关于{{{{补正告知日期}}}}向您发出补正告知书，请您自收到之日起{{{{补正期限}}}}个工作日内补正。您无正当理由逾期未补正，根据{Regulation}第三十条的规定，视为您放弃申请，本机关不再处理您的该政府信息公开申请。",
            Remedy.ReviewOrSuit, []),
        new("3.6.2", "3.6.2", "其他处理：逾期未缴纳信息处理费", $"{FeeMeasures}第七条、{Regulation}第四十二条",
            $"本机关于{{{{收费通知日期}}}}向您发出收费通知，请您自收到通知次日起20个工作日内缴纳信息处理费。您逾期未缴纳，根据{FeeMeasures}第七条的规定，视为您放弃申请，本机关不再处理您的该政府信息公开申请。",
            Remedy.ReviewOrSuit, []),
        new("3.6.3", "3.6.3", "其他处理：其他情形（如申请人撤回申请）", "由经办人写明（条例第三十六条没有“不再处理”的项）",
            $"经审查，{{{{{Reason}}}}}。根据{{{{{LegalBasis}}}}}的规定，本机关不再处理您的该政府信息公开申请。",
            Remedy.ReviewOrSuit, [Why("具体情形"), new(LegalBasis, "作出决定的法律依据（法律、法规的名称和条款）")]),
    ];

    private static readonly Dictionary<string, Outcome> Keys = All.ToDictionary(o => o.Key);

    /// <summary>The outcomes an officer chooses; 3.6.1 and 3.6.2 follow from a lapsed correction or an unpaid fee.</summary>
    public static IReadOnlyList<Outcome> Decidable { get; } = All.Where(o => !o.FromStep).ToList();

    public static Outcome? Find(string key) => Keys.GetValueOrDefault(key);

    public static Outcome ByKey(string key) => Find(key) ?? throw new DomainException($"“{key}”不是办理结果。");
}

/// <summary>Art. 37: a partial disclosure names each withheld part and the provision it is withheld under.</summary>
public static class WithheldParts
{
    public static IReadOnlyList<string> Lines(string value) =>
        value.Split('\n').Select(l => l.Trim().TrimEnd('；', ';', '。')).Where(l => l.Length > 0).ToList();

    public static void Check(string value)
    {
        foreach (var line in Lines(value))
            if (!System.Text.RegularExpressions.Regex.IsMatch(line, "第[一二三四五六七八九十百零〇0-9]+条"))
                throw new DomainException($"不予公开的内容“{line}”没有写明所依据的条款（如“条例第十五条”）：部分公开须逐项说明不予公开的理由（条例第三十七条）。");
    }

    /// <summary>The parts as one sentence of the reply: "1.…；2.…".</summary>
    public static string Sentence(string value)
    {
        var lines = Lines(value);
        return lines.Count == 1 ? lines[0] : string.Join("；", lines.Select((l, i) => $"{i + 1}.{l}"));
    }
}
