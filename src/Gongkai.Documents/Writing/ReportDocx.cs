using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Writing;

/// <summary>
/// The report as a Word document in the layout agencies publish: A4 with the margins of GB/T 9704, title in 小标宋,
/// body in 仿宋, and the three tables with their official merged header cells (gridSpan, vMerge).
/// </summary>
public static class ReportDocx
{
    /// <param name="date">The date of the 落款; none where null (a draft).</param>
    public static byte[] Write(AnnualReport report, DateOnly? date = null) => Write(ReportText.Title(report), report, [], narrative: true, date);

    /// <summary>The tables alone under a title, with notes after the title: a region's consolidated tables.</summary>
    public static byte[] WriteTables(string title, AnnualReport report, IEnumerable<string> notes) => Write(title, report, notes, narrative: false, null);

    private static byte[] Write(string title, AnnualReport report, IEnumerable<string> notes, bool narrative, DateOnly? date)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(OfficialDocx.Paragraph(title, OfficialDocx.TitleFont, OfficialDocx.TitleSize, JustificationValues.Center));
            foreach (var text in notes.Concat(narrative ? ReportText.Paragraphs(report.Opening) : []))
                body.Append(OfficialDocx.Paragraph(text, indent: true));
            foreach (var section in ReportSections.All)
            {
                var grid = TableGrid.For(report, section);
                if (grid is null && !narrative) continue;
                body.Append(OfficialDocx.Paragraph(section.Title(), OfficialDocx.HeadingFont));
                if (grid is not null) body.Append(Table(grid));
                if (!narrative) continue;
                foreach (var text in ReportText.Paragraphs(report.SectionText.GetValueOrDefault(section)))
                    body.Append(OfficialDocx.Paragraph(text, indent: true));
            }
            if (date is { } on)
            {
                body.Append(OfficialDocx.Paragraph(""));
                body.Append(OfficialDocx.Paragraph(report.Agency ?? "", justification: JustificationValues.Right));
                body.Append(OfficialDocx.Paragraph(Calendar.ChinaTime.Written(on), justification: JustificationValues.Right));
            }
            body.Append(OfficialDocx.A4());
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A table from its grid; a cell spanning rows becomes a vMerge restart and continuation cells below it.</summary>
    internal static Table Table(List<List<GridCell>> grid)
    {
        var columns = grid.Max(r => r.Sum(c => c.ColSpan));
        var width = OfficialDocx.TextWidth / columns;
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new DocumentFormat.OpenXml.Wordprocessing.TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var merging = new (int RowsLeft, int ColSpan)[columns];
        // The leading rows of headings repeat at the top of each page (Word's 标题行重复); no row breaks across pages.
        var headRows = TableGrid.HeadRows(grid);
        foreach (var (row, index) in grid.Select((r, i) => (r, i)))
        {
            var tr = new TableRow(index < headRows ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
            var next = 0;
            for (var column = 0; column < columns;)
            {
                if (merging[column].RowsLeft > 0)
                {
                    tr.Append(Cell("", merging[column].ColSpan, new VerticalMerge()));
                    merging[column].RowsLeft--;
                    column += merging[column].ColSpan;
                    continue;
                }
                if (next >= row.Count) break;
                var cell = row[next++];
                tr.Append(Cell(cell.Text, cell.ColSpan, cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null));
                if (cell.RowSpan > 1) merging[column] = (cell.RowSpan - 1, cell.ColSpan);
                column += cell.ColSpan;
            }
            table.Append(tr);
        }
        return table;
    }

    private static TableCell Cell(string text, int colSpan, VerticalMerge? merge)
    {
        var properties = new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        if (colSpan > 1) properties.Append(new GridSpan { Val = colSpan });
        if (merge is not null) properties.Append(merge);
        return new TableCell(properties, OfficialDocx.Paragraph(text, size: OfficialDocx.TableSize, justification: JustificationValues.Center));
    }
}
