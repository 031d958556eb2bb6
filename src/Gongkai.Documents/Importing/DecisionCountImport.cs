namespace Gongkai.Documents.Importing;

/// <summary>One month's counts as imported: 年份, 月份, 行政许可, 行政处罚, 行政强制, 收费金额（万元）.</summary>
public sealed record DecisionCountRow(int Year, int Month, int Licensing, int Penalty, int Enforcement, decimal FeesWanYuan);

/// <summary>
/// Reads decision counts from CSV (UTF-8 or GBK, as Excel saves it) or XLSX. A bad row stops the import with its row
/// number and column, so nothing half-imported is stored.
/// </summary>
public static class DecisionCountImport
{
    public static readonly string[] Header = ["年份", "月份", "行政许可", "行政处罚", "行政强制", "收费金额（万元）"];

    public static IReadOnlyList<DecisionCountRow> Read(byte[] bytes, string fileName)
    {
        var table = new ImportTable(fileName, Header);
        return table.DataRows(bytes).Select(r => new DecisionCountRow(table.Count(r.Cells, 0, r.Line), table.Month(r.Cells, 1, r.Line),
            table.Count(r.Cells, 2, r.Line), table.Count(r.Cells, 3, r.Line), table.Count(r.Cells, 4, r.Line), table.Amount(r.Cells, 5, r.Line))).ToList();
    }
}
