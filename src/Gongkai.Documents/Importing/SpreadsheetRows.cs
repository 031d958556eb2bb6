using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Importing;

/// <summary>The rows of a table an office keeps in Excel: CSV (UTF-8 or GBK, as Excel saves it) or the first sheet of an XLSX.</summary>
internal static class SpreadsheetRows
{
    public static List<string[]> Read(byte[] bytes, string fileName) =>
        bytes.AsSpan().StartsWith("PK\x03\x04"u8) ? XlsxRows(bytes, fileName) : CsvRows(TextSource.Decode(bytes));

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
