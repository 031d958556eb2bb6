using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Gongkai.Documents.Reading;

/// <summary>
/// A text-based PDF. Its text comes as positioned letters, so lines are rebuilt from the baselines and cells from the gaps
/// between letters: a page's plain text would run table cells together ("数量20").
/// </summary>
public static partial class PdfSource
{
    /// <summary>A gap wider than this share of the font size separates two cells; a space is about a third.</summary>
    private const double CellGap = 0.8;

    public static IReadOnlyList<LayoutRow> Rows(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var rows = new List<LayoutRow>();
            foreach (var page in document.GetPages())
                rows.AddRange(PageRows(page));
            if (rows.Count == 0)
                throw new UnreadableReportException("PDF中没有可提取的文字（可能是扫描件），无法读取。");
            return rows;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableReportException("PDF文件已加密，无法读取；请提供未加密的文件。", e);
        }
        catch (Exception e) when (e is not UnreadableReportException and not OutOfMemoryException)
        {
            throw new UnreadableReportException("PDF文件已损坏或不完整，无法读取。", e);
        }
    }

    private static IEnumerable<LayoutRow> PageRows(Page page)
    {
        var (glyphs, height) = Upright(page);
        foreach (var line in Lines(glyphs))
        {
            var cells = Cells(line);
            var y = line[0].Y;
            var nearEdge = y < height * 0.08 || y > height * 0.92;
            if (nearEdge && cells.Count == 1 && PageNumber().IsMatch(TextNormalizer.Compact(cells[0]))) continue;
            yield return new LayoutRow(cells);
        }
    }

    /// <summary>A letter where an upright reader sees it: baseline start and end along the line, the line's height on the page.</summary>
    private readonly record struct Glyph(string Value, double X, double EndX, double Y, double Size);

    /// <summary>
    /// The page's letters as if it stood upright. A page turned with /Rotate (landscape tables, scans turned after the
    /// fact) gives its letters in the turned space, where lines run up or down the page; the letters' own direction,
    /// taken by the majority, says how to turn them back.
    /// </summary>
    private static (List<Glyph> Glyphs, double Height) Upright(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var direction = letters.GroupBy(l => l.TextOrientation).MaxBy(g => g.Count())?.Key ?? TextOrientation.Horizontal;
        var (w, h) = (page.Width, page.Height);
        Func<PdfPoint, (double X, double Y)> turn = direction switch
        {
            TextOrientation.Rotate180 => p => (w - p.X, h - p.Y),
            TextOrientation.Rotate90 => p => (h - p.Y, p.X),
            TextOrientation.Rotate270 => p => (p.Y, w - p.X),
            _ => p => (p.X, p.Y),
        };
        var glyphs = letters.Select(l =>
        {
            var (x, y) = turn(l.StartBaseLine);
            var (endX, _) = turn(l.EndBaseLine);
            return new Glyph(l.Value, x, endX, y, l.PointSize > 0 ? l.PointSize : 10);
        }).ToList();
        return (glyphs, direction is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? w : h);
    }

    /// <summary>Letters grouped by baseline, top to bottom, each line left to right.</summary>
    private static List<List<Glyph>> Lines(List<Glyph> glyphs)
    {
        var lines = new List<List<Glyph>>();
        List<Glyph>? current = null;
        foreach (var glyph in glyphs.OrderByDescending(g => g.Y))
        {
            if (current is null || Math.Abs(current[0].Y - glyph.Y) > current[0].Size * 0.4)
            {
                current = [];
                lines.Add(current);
            }
            current.Add(glyph);
        }
        foreach (var line in lines) line.Sort((a, b) => a.X.CompareTo(b.X));
        return lines;
    }

    private static List<string> Cells(List<Glyph> line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder(line[0].Value);
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].X - line[i - 1].EndX;
            if (gap > line[i].Size * CellGap)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (gap > line[i].Size * 0.2) cell.Append(' ');
            cell.Append(line[i].Value);
        }
        cells.Add(cell.ToString());
        return cells.ConvertAll(TextNormalizer.Normalize);
    }

    [GeneratedRegex(@"^([-—–]?\d{1,4}[-—–]?|第\d+页(共\d+页)?|\d+/\d+)$")]
    private static partial Regex PageNumber();
}
