namespace Gongkai.Reports;

/// <summary>
/// The stable codes of table 二, as <see cref="RequestRow"/> holds table 三's: its rows (the items of Art. 20) and their
/// columns. The JSON, the stored tables, the rules' locations and the readers all name the cells by these.
/// </summary>
public static class ProactiveCodes
{
    public const string Regulations = "regulations";
    public const string NormativeDocuments = "normativeDocuments";
    public const string Licensing = "licensing";
    public const string Penalty = "penalty";
    public const string Enforcement = "enforcement";
    public const string Fees = "feesWanYuan";

    public const string Issued = "issued";
    public const string Repealed = "repealed";
    public const string InForce = "inForce";
    public const string Decisions = "decisions";
    public const string Amount = "amount";

    /// <summary>A row of table 二 as the national format names it.</summary>
    public static string RowLabel(string code) => code switch
    {
        Regulations => "规章",
        NormativeDocuments => "行政规范性文件",
        Licensing => "行政许可",
        Penalty => "行政处罚",
        Enforcement => "行政强制",
        Fees => "行政事业性收费",
        _ => code,
    };

    /// <summary>A column of table 二 as the national format names it.</summary>
    public static string ColumnLabel(string code) => code switch
    {
        Issued => "本年制发件数",
        Repealed => "本年废止件数",
        InForce => "现行有效件数",
        Decisions => "本年处理决定数量",
        Amount => "本年收费金额（万元）",
        _ => code,
    };
}
