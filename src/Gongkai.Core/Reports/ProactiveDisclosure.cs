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
    public IEnumerable<(string Row, string Column, string Label, decimal? Value)> Cells() =>
        new (string Row, string Column, decimal? Value)[]
        {
            (ProactiveCodes.Regulations, ProactiveCodes.Issued, Regulations.Issued),
            (ProactiveCodes.Regulations, ProactiveCodes.Repealed, Regulations.Repealed),
            (ProactiveCodes.Regulations, ProactiveCodes.InForce, Regulations.InForce),
            (ProactiveCodes.NormativeDocuments, ProactiveCodes.Issued, NormativeDocuments.Issued),
            (ProactiveCodes.NormativeDocuments, ProactiveCodes.Repealed, NormativeDocuments.Repealed),
            (ProactiveCodes.NormativeDocuments, ProactiveCodes.InForce, NormativeDocuments.InForce),
            (ProactiveCodes.Licensing, ProactiveCodes.Decisions, Licensing),
            (ProactiveCodes.Penalty, ProactiveCodes.Decisions, Penalty),
            (ProactiveCodes.Enforcement, ProactiveCodes.Decisions, Enforcement),
            (ProactiveCodes.Fees, ProactiveCodes.Amount, FeesWanYuan),
        }.Select(c => (c.Row, c.Column, ProactiveCodes.RowLabel(c.Row) + ProactiveCodes.ColumnLabel(c.Column), c.Value));
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
