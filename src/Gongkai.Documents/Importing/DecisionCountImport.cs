using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Documents.Reading;

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
        var rows = bytes.AsSpan().StartsWith("PK\x03\x04"u8) ? XlsxRows(bytes, fileName) : CsvRows(TextSource.Decode(bytes));
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

    private static List<string[]> CsvRows(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(SplitCsvLine).ToList();

    /// <summary>A CSV line with quoted fields ("1,234" stays one field).</summary>
    private static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }

    private static List<string[]> XlsxRows(byte[] bytes, string fileName)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new FormatException($"文件“{fileName}”不是Excel工作簿。");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new FormatException($"文件“{fileName}”中没有工作表。");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            return part.Worksheet.Descendants<Row>().Select(row =>
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value ?? "");
                    while (cells.Count < column) cells.Add("");
                    var value = cell.CellValue?.Text ?? cell.InnerText;
                    cells.Add(cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var s) ? strings[s] : value);
                }
                return cells.ToArray();
            }).ToList();
        }
        catch (Exception e) when (e is not FormatException and not OutOfMemoryException)
        {
            throw new FormatException($"文件“{fileName}”不是有效的Excel（.xlsx）文件。", e);
        }
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(index - 1, 0);
    }
}
