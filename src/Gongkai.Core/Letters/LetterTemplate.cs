using System.Text.RegularExpressions;

namespace Gongkai.Letters;

/// <summary>
/// The text of a letter with {{占位符}} an admin can edit without code changes. <see cref="Key"/> is the letter kind, and
/// for a reply the outcome group ("Reply:3.3").
/// </summary>
public sealed partial record LetterTemplate(string Key, string Title, string Body, bool ToApplicant = true)
{
    /// <summary>The placeholders a template may use, with what they hold.</summary>
    public static IReadOnlyDictionary<string, string> Placeholders { get; } = new Dictionary<string, string>
    {
        ["申请人"] = "申请人姓名或名称",
        ["编号"] = "申请编号",
        ["收到日期"] = "收到申请的日期",
        ["所需信息"] = "申请人描述的所需信息",
        ["答复期限"] = "法定答复期限",
        ["查询码"] = "申请人查询办理进度的查询码",
        ["补正事项"] = "需要补正的事项",
        ["第三方"] = "征求意见的第三方",
        ["延期理由"] = "延期答复的理由",
        ["收费金额"] = "信息处理费金额（元）",
        ["计收方式"] = "按件或按量",
        ["补正期限"] = "补正的期限（工作日）",
        ["收费标准"] = "信息处理费的计收标准（逐档）",
        ["缴费方式"] = "缴纳信息处理费的方式",
        ["申请情况"] = "申请数量、频次的情况",
        ["公开内容和理由"] = "决定公开的政府信息内容和理由",
        ["答复内容"] = "答复的决定、依据和理由（按办理结果生成）",
        ["救济途径"] = "行政复议和行政诉讼的途径和期限（按办理结果生成）",
        ["复议机关"] = "受理行政复议的机关",
        ["机关名称"] = "本机关名称",
        ["机关地址"] = "本机关地址",
        ["联系电话"] = "本机关联系电话",
        ["日期"] = "文书日期",
    };

    /// <summary>
    /// The body with its placeholders filled. A value is set inline (its line breaks cannot make paragraphs of their own),
    /// and where the template puts punctuation right after it, the value's own closing punctuation goes ("核实。，" never).
    /// </summary>
    public string Render(IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(Body, m =>
        {
            if (!values.TryGetValue(m.Groups[1].Value, out var value)) return m.Value;
            value = Intake.PlainText.Inline(value);
            var after = m.Index + m.Length;
            return after < Body.Length && ClosingPunctuation.Contains(Body[after]) ? value.TrimEnd(ClosingPunctuation.ToCharArray()) : value;
        });

    private const string ClosingPunctuation = "。，；：！？、,.;:!?";

    /// <summary>Placeholders in the body that are not known: a typo an admin should see before saving.</summary>
    public IReadOnlyList<string> UnknownPlaceholders() =>
        Placeholder().Matches(Body).Select(m => m.Groups[1].Value).Where(p => !Placeholders.ContainsKey(p)).Distinct().ToList();

    /// <summary>Placeholders the kind of letter cannot do without that the body lacks.</summary>
    public IReadOnlyList<string> MissingPlaceholders() =>
        LetterTemplates.Required(Key).Where(p => !Placeholder().Matches(Body).Any(m => m.Groups[1].Value == p)).ToList();

    [GeneratedRegex(@"\{\{\s*([^{}\s]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
