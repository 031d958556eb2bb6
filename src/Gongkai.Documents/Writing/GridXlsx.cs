using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents.Writing;

/// <summary>A workbook of grids, one sheet each, merged cells kept: the consolidated tables, the 整改台账, the indicators.</summary>
public static class GridXlsx
{
    public static byte[] Write(IEnumerable<(string Name, List<List<GridCell>> Grid)> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            foreach (var (name, grid) in sheets) AddSheet(workbook, name, grid);
        }
        return stream.ToArray();
    }

    /// <summary>A header row and the rows of a list, as a grid.</summary>
    public static List<List<GridCell>> Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows) =>
        [[.. headers.Select(h => new GridCell(h, Header: true))], .. rows.Select(r => r.Select(c => new GridCell(c)).ToList())];

    private static void AddSheet(WorkbookPart workbook, string name, List<List<GridCell>> grid)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var merges = new MergeCells();
        var taken = new HashSet<(int Row, int Column)>();
        for (var r = 0; r < grid.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            var column = 0;
            foreach (var cell in grid[r])
            {
                while (taken.Contains((r, column))) column++;
                row.Append(Cell(Reference(r, column), cell.Text));
                if (cell.ColSpan > 1 || cell.RowSpan > 1)
                {
                    merges.Append(new MergeCell { Reference = $"{Reference(r, column)}:{Reference(r + cell.RowSpan - 1, column + cell.ColSpan - 1)}" });
                    for (var dr = 0; dr < cell.RowSpan; dr++)
                        for (var dc = 0; dc < cell.ColSpan; dc++)
                            taken.Add((r + dr, column + dc));
                }
                column += cell.ColSpan;
            }
            data.Append(row);
        }
        var worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 40, CustomWidth = true }), data);
        if (merges.HasChildren) worksheet.Append(merges);
        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = SheetName(name) });
    }

    /// <summary>A number is stored as a number, so the office can sum and chart it; anything else as text.</summary>
    private static Cell Cell(string reference, string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(text) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
            letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Excel's sheet names: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
