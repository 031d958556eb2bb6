namespace Gongkai.Reports;

/// <summary>Table 二: items of Art. 20 (一)(五)(六)(八) disclosed proactively.</summary>
public sealed class ProactiveDisclosure
{
    public DocumentCounts Regulations { get; } = new();
    public DocumentCounts NormativeDocuments { get; } = new();
    public decimal? Licensing { get; set; }
    public decimal? Penalty { get; set; }
    public decimal? Enforcement { get; set; }
    public decimal? FeesWanYuan { get; set; }

    /// <summary>Every cell with its stable code and label, for rules that look at all of them alike.</summary>
    public IEnumerable<(string Row, string Column, string Label, decimal? Value)> Cells()
    {
        foreach (var (code, label, counts) in new[] { (ProactiveCodes.Regulations, "规章", Regulations), (ProactiveCodes.NormativeDocuments, "行政规范性文件", NormativeDocuments) })
        {
            yield return (code, ProactiveCodes.Issued, $"{label}本年制发件数", counts.Issued);
            yield return (code, ProactiveCodes.Repealed, $"{label}本年废止件数", counts.Repealed);
            yield return (code, ProactiveCodes.InForce, $"{label}现行有效件数", counts.InForce);
        }
        yield return (ProactiveCodes.Licensing, ProactiveCodes.Decisions, "行政许可本年处理决定数量", Licensing);
        yield return (ProactiveCodes.Penalty, ProactiveCodes.Decisions, "行政处罚本年处理决定数量", Penalty);
        yield return (ProactiveCodes.Enforcement, ProactiveCodes.Decisions, "行政强制本年处理决定数量", Enforcement);
        yield return (ProactiveCodes.Fees, ProactiveCodes.Amount, "行政事业性收费本年收费金额（万元）", FeesWanYuan);
    }
}

/// <summary>本年制发件数 / 本年废止件数 / 现行有效件数 of regulations or normative documents.</summary>
public sealed class DocumentCounts
{
    public decimal? Issued { get; set; }
    public decimal? Repealed { get; set; }
    public decimal? InForce { get; set; }

    public void Set(IReadOnlyList<decimal?> values)
    {
        Issued = values.ElementAtOrDefault(0);
        Repealed = values.ElementAtOrDefault(1);
        InForce = values.ElementAtOrDefault(2);
    }
}
