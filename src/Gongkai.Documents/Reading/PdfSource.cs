using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
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
        foreach (var line in Lines(page.Letters))
        {
            var cells = Cells(line);
            var y = line[0].StartBaseLine.Y;
            var nearEdge = y < page.Height * 0.08 || y > page.Height * 0.92;
            if (nearEdge && cells.Count == 1 && PageNumber().IsMatch(TextNormalizer.Compact(cells[0]))) continue;
            yield return new LayoutRow(cells);
        }
    }

    /// <summary>Letters grouped by baseline, top to bottom, each line left to right.</summary>
    private static List<List<Letter>> Lines(IReadOnlyList<Letter> letters)
    {
        var lines = new List<List<Letter>>();
        List<Letter>? current = null;
        foreach (var letter in letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderByDescending(l => l.StartBaseLine.Y))
        {
            if (current is null || Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) > Size(current[0]) * 0.4)
            {
                current = [];
                lines.Add(current);
            }
            current.Add(letter);
        }
        foreach (var line in lines) line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        return lines;
    }

    private static List<string> Cells(List<Letter> line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder(line[0].Value);
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].StartBaseLine.X - line[i - 1].EndBaseLine.X;
            if (gap > Size(line[i]) * CellGap)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (gap > Size(line[i]) * 0.2) cell.Append(' ');
            cell.Append(line[i].Value);
        }
        cells.Add(cell.ToString());
        return cells.ConvertAll(TextNormalizer.Normalize);
    }

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : 10;

    [GeneratedRegex(@"^([-—–]?\d{1,4}[-—–]?|第\d+页(共\d+页)?|\d+/\d+)$")]
    private static partial Regex PageNumber();
}
