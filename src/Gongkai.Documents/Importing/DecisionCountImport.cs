using System.Globalization;

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
        if (bytes.Length == 0) throw new FormatException($"文件“{fileName}”为空。");
        var rows = SpreadsheetRows.Read(bytes, fileName);
        var result = new List<DecisionCountRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i];
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (i == 0 && !int.TryParse(cells[0].Trim(), out _)) continue; // the header row
            result.Add(Row(cells, i + 1, fileName));
        }
        if (result.Count == 0) throw new FormatException($"文件“{fileName}”中没有数据行；应有列：{string.Join("，", Header)}。");
        return result;
    }

    private static DecisionCountRow Row(IReadOnlyList<string> cells, int line, string fileName)
    {
        string Cell(int i) => i < cells.Count ? cells[i].Trim() : "";
        int Count(int i)
        {
            if (!int.TryParse(Cell(i), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                throw new FormatException($"文件“{fileName}”第{line}行“{Header[i]}”应为不小于0的整数，而不是“{Cell(i)}”。");
            return v;
        }
        var year = Count(0);
        var month = Count(1);
        if (month is < 1 or > 12) throw new FormatException($"文件“{fileName}”第{line}行“月份”应为1到12。");
        if (!decimal.TryParse(Cell(5) is "" ? "0" : Cell(5), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fees))
            throw new FormatException($"文件“{fileName}”第{line}行“收费金额（万元）”应为不小于0的数，而不是“{Cell(5)}”。");
        return new DecisionCountRow(year, month, Count(2), Count(3), Count(4), fees);
    }
}
