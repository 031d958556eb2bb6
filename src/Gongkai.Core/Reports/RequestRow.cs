namespace Gongkai.Reports;

/// <summary>A row of table 三 with its stable code (DESIGN.md) and its label in the national format.</summary>
public sealed record RequestRow(int Index, string Code, string Label, string? Group = null)
{
    public const string Received = "1";
    public const string CarriedIn = "2";
    public const string OutcomeTotal = "3.7";
    public const string CarriedOver = "4";

    public static IReadOnlyList<RequestRow> All { get; } = Build(
        ("1", "一、本年新收政府信息公开申请数量", null),
        ("2", "二、上年结转政府信息公开申请数量", null),
        ("3.1", "（一）予以公开", null),
        ("3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null),
        ("3.3.1", "1.属于国家秘密", "（三）不予公开"),
        ("3.3.2", "2.其他法律行政法规禁止公开", "（三）不予公开"),
        ("3.3.3", "3.危及“三安全一稳定”", "（三）不予公开"),
        ("3.3.4", "4.保护第三方合法权益", "（三）不予公开"),
        ("3.3.5", "5.属于三类内部事务信息", "（三）不予公开"),
        ("3.3.6", "6.属于四类过程性信息", "（三）不予公开"),
        ("3.3.7", "7.属于行政执法案卷", "（三）不予公开"),
        ("3.3.8", "8.属于行政查询事项", "（三）不予公开"),
        ("3.4.1", "1.本机关不掌握相关政府信息", "（四）无法提供"),
        ("3.4.2", "2.没有现成信息需要另行制作", "（四）无法提供"),
        ("3.4.3", "3.补正后申请内容仍不明确", "（四）无法提供"),
        ("3.5.1", "1.信访举报投诉类申请", "（五）不予处理"),
        ("3.5.2", "2.重复申请", "（五）不予处理"),
        ("3.5.3", "3.要求提供公开出版物", "（五）不予处理"),
        ("3.5.4", "4.无正当理由大量反复申请", "（五）不予处理"),
        ("3.5.5", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
        ("3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
        ("3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
        ("3.6.3", "3.其他", "（六）其他处理"),
        ("3.7", "（七）总计", null),
        ("4", "四、结转下年度继续办理", null));

    public const int Count = 25;

    /// <summary>The outcome rows 3.1 … 3.6.3 whose sum is row 3.7.</summary>
    public static IReadOnlyList<RequestRow> Outcomes { get; } = All.Where(r => r.Code.StartsWith('3') && r.Code != OutcomeTotal).ToArray();

    private static readonly Dictionary<string, RequestRow> Codes = All.ToDictionary(r => r.Code);

    public static RequestRow ByCode(string code) =>
        Codes.TryGetValue(code, out var row) ? row : throw new ArgumentException($"Unknown row code {code}", nameof(code));

    /// <summary>The label an officer recognises, with its group: "（三）不予公开 1.属于国家秘密".</summary>
    public string FullLabel => Group is null ? Label : $"{Group} {Label}";

    private static RequestRow[] Build(params (string Code, string Label, string? Group)[] rows) =>
        rows.Select((r, i) => new RequestRow(i, r.Code, r.Label, r.Group)).ToArray();
}
