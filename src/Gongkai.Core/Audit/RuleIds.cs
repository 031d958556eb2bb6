namespace Gongkai.Audit;

/// <summary>Stable rule ids, used in output and by scripts.</summary>
public static class RuleIds
{
    public const string RowTotal = "row-total";
    public const string OutcomeTotal = "outcome-total";
    public const string Balance = "balance";
    public const string ReviewTotal = "review-total";
    public const string LitigationTotal = "litigation-total";
    public const string Negative = "negative";
    public const string Missing = "missing";
    public const string Narrative = "narrative";
    public const string CarryOver = "carry-over";
    public const string InForce = "in-force";
    public const string Copied = "copied";
    public const string Year = "year";
    public const string Sections = "sections";
    public const string EmptySection = "empty-section";
    public const string VagueProblems = "vague-problems";
    public const string SplitCell = "split-cell";
    public const string Placeholder = "placeholder";
    public const string OcrUncertain = "ocr-uncertain";

    /// <summary>The rule in words for officers and supervisors; the id stays for scripts and the JSON.</summary>
    public static string Name(string id) => id switch
    {
        RowTotal => "行合计不符",
        OutcomeTotal => "办理结果合计不符",
        Balance => "收结不平衡",
        ReviewTotal => "行政复议合计不符",
        LitigationTotal => "行政诉讼合计不符",
        Negative => "负数",
        Missing => "数据缺失",
        Narrative => "正文与表格不符",
        CarryOver => "上年结转不衔接",
        InForce => "现行有效件数不衔接",
        Copied => "雷同",
        Year => "年度不符",
        Sections => "章节不全或顺序不符",
        EmptySection => "第五部分为空",
        VagueProblems => "第五部分不具体",
        SplitCell => "数字被拆分",
        Placeholder => "模板内容未替换",
        OcrUncertain => "扫描识别待核对",
        _ => "其他问题",
    };
}
