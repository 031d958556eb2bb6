using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// A region's consolidated tables as a workbook: a sheet for each of tables 二, 三 and 四 laid out as the national format
/// prints them (the same grids as the DOCX, merged cells included), and a sheet of each agency's main figures.
/// </summary>
public static class ConsolidatedXlsx
{
    public sealed record AgencyFigures(string Agency, AnnualReport Report, int Errors, int Warnings);

    public static byte[] Write(string title, AnnualReport sum, IEnumerable<string> notes, IEnumerable<AgencyFigures> agencies)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var heading = new List<List<GridCell>> { new() { new GridCell(title, Header: true) } };
            heading.AddRange(notes.Select(n => new List<GridCell> { new(n) }));
            foreach (var section in ReportSections.All)
                if (TableGrid.For(sum, section) is { } grid)
                    AddSheet(workbook, section.Title(), [.. heading, [], .. grid]);
            AddSheet(workbook, "各机关", AgencyRows(agencies));
        }
        return stream.ToArray();
    }

    private static List<List<GridCell>> AgencyRows(IEnumerable<AgencyFigures> agencies)
    {
        var total = ApplicantColumn.Total;
        List<List<GridCell>> rows =
        [
            [.. new[] { "机关", "本年新收申请", "上年结转", "办理结果总计", "结转下年度", "行政复议", "行政诉讼", "错误", "提示" }.Select(h => new GridCell(h, Header: true))],
        ];
        foreach (var (agency, report, errors, warnings) in agencies)
            rows.Add([new GridCell(agency), Number(report.Requests[RequestRow.Received, total]), Number(report.Requests[RequestRow.CarriedIn, total]),
                Number(report.Requests[RequestRow.OutcomeTotal, total]), Number(report.Requests[RequestRow.CarriedOver, total]),
                Number(report.Review.Total), Number(report.LitigationDirect.Total + report.LitigationAfterReview.Total), Number(errors), Number(warnings)]);
        return rows;
    }

    private static GridCell Number(decimal? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "");

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
