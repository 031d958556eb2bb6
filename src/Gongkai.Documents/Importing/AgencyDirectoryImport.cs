using Gongkai.Agencies;

namespace Gongkai.Documents.Importing;

/// <summary>An agency of an imported directory: its name, the name of its supervising agency (empty: the office's own), its level.</summary>
public sealed record AgencyDirectoryRow(int Line, string Name, string Parent, AgencyLevel Level);

/// <summary>
/// Reads a directory of agencies as a supervising office keeps it in Excel: 机关名称, 上级机关, 层级 (CSV in UTF-8 or GBK,
/// or XLSX). A bad row stops the import with its row number and column, so nothing half-imported is stored.
/// </summary>
public static class AgencyDirectoryImport
{
    public static readonly string[] Header = ["机关名称", "上级机关", "层级"];

    public static IReadOnlyList<AgencyDirectoryRow> Read(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw new FormatException($"文件“{fileName}”为空。");
        var rows = SpreadsheetRows.Read(bytes, fileName);
        var result = new List<AgencyDirectoryRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            string Cell(int c) => c < rows[i].Length ? rows[i][c].Trim() : "";
            if (rows[i].All(string.IsNullOrWhiteSpace) || (i == 0 && Cell(0) == Header[0])) continue;
            var name = Cell(0);
            if (name.Length == 0) throw new FormatException($"文件“{fileName}”第{i + 1}行“机关名称”为空。");
            if (name.Length > 200) throw new FormatException($"文件“{fileName}”第{i + 1}行“机关名称”超过200字。");
            var level = Cell(2) is "" ? AgencyLevel.Department
                : Enum.GetValues<AgencyLevel>().Where(l => l.Label() == Cell(2) || l.Label().StartsWith(Cell(2), StringComparison.Ordinal)).Cast<AgencyLevel?>().FirstOrDefault()
                  ?? throw new FormatException($"文件“{fileName}”第{i + 1}行“层级”应为{string.Join("、", Enum.GetValues<AgencyLevel>().Select(l => l.Label()))}之一，而不是“{Cell(2)}”。");
            result.Add(new AgencyDirectoryRow(i + 1, name, Cell(1), level));
        }
        if (result.Count == 0) throw new FormatException($"文件“{fileName}”中没有机关；应有列：{string.Join("，", Header)}。");
        return result;
    }
}
