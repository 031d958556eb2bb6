namespace Gongkai.Reports;

/// <summary>
/// Every cell of tables 二, 三 and 四 by its <see cref="Location"/> (the stable codes of DESIGN.md), to read or set one
/// where only its place is known: a supervisor's correction of a misread value, a figure compared across reports.
/// </summary>
public static class ReportCells
{
    public static IReadOnlyList<Location> All { get; } =
    [
        .. new ProactiveDisclosure().Cells().Select(c => new Location(Location.Table2, c.Row, c.Column)),
        .. RequestRow.All.SelectMany(row => ApplicantColumn.All.Select(column => new Location(Location.Table3, row.Code, column.Code))),
        .. Enum.GetValues<CaseKind>().SelectMany(kind => CaseOutcomes.Columns.Select(column => new Location(Location.Table4, kind.Code(), column.Code))),
    ];

    /// <summary>The figures compared across reports (years, levels): table 三's 总计 column and every cell of tables 二 and 四.</summary>
    public static IReadOnlyList<Location> Main { get; } = All.Where(c => c.Table != Location.Table3 || c.Column == ApplicantColumn.Total.Code).ToList();

    public static bool IsCell(Location location) => All.Contains(location);

    public static decimal? Get(AnnualReport report, Location cell) => cell.Table switch
    {
        Location.Table2 => report.Proactive.Cells().Single(c => c.Row == cell.Row && c.Column == cell.Column).Value,
        Location.Table3 => report.Requests[RequestRow.ByCode(cell.Row!), Column(cell)],
        _ => report.Cases(Kind(cell))[CaseColumn(cell)],
    };

    public static void Set(AnnualReport report, Location cell, decimal? value)
    {
        if (!IsCell(cell)) throw new DomainException($"{cell.Describe()}不是表格中的一个单元格。");
        switch (cell.Table)
        {
            case Location.Table2:
                SetProactive(report.Proactive, cell, value);
                break;
            case Location.Table3:
                report.Requests[RequestRow.ByCode(cell.Row!), Column(cell)] = value;
                break;
            default:
                report.Cases(Kind(cell))[CaseColumn(cell)] = value;
                break;
        }
    }

    private static void SetProactive(ProactiveDisclosure proactive, Location cell, decimal? value)
    {
        var counts = cell.Row switch { ProactiveCodes.Regulations => proactive.Regulations, ProactiveCodes.NormativeDocuments => proactive.NormativeDocuments, _ => null };
        if (counts is not null)
        {
            if (cell.Column == ProactiveCodes.Issued) counts.Issued = value;
            else if (cell.Column == ProactiveCodes.Repealed) counts.Repealed = value;
            else counts.InForce = value;
            return;
        }
        switch (cell.Row)
        {
            case ProactiveCodes.Licensing: proactive.Licensing = value; break;
            case ProactiveCodes.Penalty: proactive.Penalty = value; break;
            case ProactiveCodes.Enforcement: proactive.Enforcement = value; break;
            default: proactive.FeesWanYuan = value; break;
        }
    }

    private static ApplicantColumn Column(Location cell) => ApplicantColumn.All.Single(c => c.Code == cell.Column);

    private static CaseKind Kind(Location cell) => Enum.GetValues<CaseKind>().Single(k => k.Code() == cell.Row);

    private static int CaseColumn(Location cell) => CaseOutcomes.Columns.Select((c, i) => (c.Code, i)).Single(c => c.Code == cell.Column).i;
}
