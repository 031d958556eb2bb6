
namespace Gongkai.Documents.Importing;

/// <summary>
/// A table an office imports (one row per month, say) with fixed columns: its data rows with their row numbers in the
/// file, and a bad cell named by its row and column, so a refused import says where to look.
/// </summary>
internal sealed class ImportTable(string fileName, IReadOnlyList<string> header)
{
    /// <summary>The rows holding data: blank rows and a header row (its first cell not a number) are passed over.</summary>
    public List<(IReadOnlyList<string> Cells, int Line)> DataRows(byte[] bytes)
    {
        if (bytes.Length == 0) throw new FormatException($"文件“{fileName}”为空。");
        var rows = SpreadsheetRows.Read(bytes, fileName);
        var result = new List<(IReadOnlyList<string>, int)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i];
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (i == 0 && !int.TryParse(cells[0].Trim(), out _)) continue;
            result.Add((cells, i + 1));
        }
        if (result.Count == 0) throw new FormatException($"文件“{fileName}”中没有数据行；应有列：{string.Join("，", header)}。");
        return result;
    }

    public static string Text(IReadOnlyList<string> cells, int column) => column < cells.Count ? cells[column].Trim() : "";

    public int Count(IReadOnlyList<string> cells, int column, int line) =>
        int.TryParse(Text(cells, column), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v : throw Bad(line, column, "应为不小于0的整数", cells);

    public int Month(IReadOnlyList<string> cells, int column, int line) =>
        Count(cells, column, line) is var month and >= 1 and <= 12 ? month : throw Bad(line, column, "应为1到12", cells);

    public decimal Amount(IReadOnlyList<string> cells, int column, int line) =>
        decimal.TryParse(Text(cells, column) is "" ? "0" : Text(cells, column), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v : throw Bad(line, column, "应为不小于0的数", cells);

    public FormatException Bad(int line, int column, string expected, IReadOnlyList<string> cells) =>
        new($"文件“{fileName}”第{line}行“{header[column]}”{expected}，而不是“{Text(cells, column)}”。");
}
