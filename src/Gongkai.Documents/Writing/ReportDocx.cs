using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// The report as a Word document in the layout agencies publish: A4 with the margins of GB/T 9704, title in 小标宋,
/// body in 仿宋, and the three tables with their official merged header cells (gridSpan, vMerge).
/// </summary>
public static class ReportDocx
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const int PageWidthTwips = 11906, PageHeightTwips = 16838;
    private const int TopMargin = 2098, BottomMargin = 1984, LeftMargin = 1588, RightMargin = 1474; // 37, 35, 28, 26 mm

    public static byte[] Write(AnnualReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(ReportText.Title(report), TitleFont, 44, JustificationValues.Center));
            foreach (var text in ReportText.Paragraphs(report.Opening))
                body.Append(Paragraph(text, BodyFont, 32, indent: true));
            foreach (var section in ReportSections.All)
            {
                body.Append(Paragraph(section.Title(), "黑体", 32));
                var grid = TableGrid.For(report, section);
                if (grid is not null) body.Append(Table(grid));
                foreach (var text in ReportText.Paragraphs(report.SectionText.GetValueOrDefault(section)))
                    body.Append(Paragraph(text, BodyFont, 32, indent: true));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = PageWidthTwips, Height = PageHeightTwips },
                new PageMargin { Top = TopMargin, Bottom = BottomMargin, Left = LeftMargin, Right = RightMargin, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues? justification = null, bool indent = false)
    {
        var properties = new ParagraphProperties();
        if (justification is { } j) properties.Append(new Justification { Val = j });
        if (indent) properties.Append(new Indentation { FirstLineChars = 200 });
        return new Paragraph(properties, Run(text, font, halfPoints));
    }

    private static Run Run(string text, string font, int halfPoints) => new(
        new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A table from its grid; a cell spanning rows becomes a vMerge restart and continuation cells below it.</summary>
    private static Table Table(List<List<GridCell>> grid)
    {
        var columns = grid.Max(r => r.Sum(c => c.ColSpan));
        var width = (PageWidthTwips - LeftMargin - RightMargin) / columns;
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new DocumentFormat.OpenXml.Wordprocessing.TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var merging = new (int RowsLeft, int ColSpan)[columns];
        foreach (var row in grid)
        {
            var tr = new TableRow();
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
        return new TableCell(properties, new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), Run(text, BodyFont, 21)));
    }
}
