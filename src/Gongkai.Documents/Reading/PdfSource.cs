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
internal static partial class PdfSource
{
    /// <summary>A gap wider than this share of the font size separates two cells; a space is about a third.</summary>
    private const double CellGap = 0.8;

    /// <summary>
    /// The rows of every page; a page without text but with pictures (a scan, or a page of tables pasted as images) is
    /// rendered and read by OCR in its place.
    /// </summary>
    public static IReadOnlyList<LayoutRow> Rows(byte[] bytes, Action<string>? progress = null)
    {
        var pages = new List<List<LayoutRow>?>();
        var withPictures = new List<int>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in PdfLetterPages.Of(document))
            {
                var rows = PageRows(page).ToList();
                if (page.Pictures > 0) withPictures.Add(page.Number);
                pages.Add(rows.Count == 0 && page.Pictures > 0 ? null : rows);
            }
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableReportException("PDF文件已加密，无法读取；请提供未加密的文件。", e);
        }
        catch (Exception e) when (e is not UnreadableReportException and not OutOfMemoryException)
        {
            throw new UnreadableReportException("PDF文件已损坏或不完整，无法读取。", e);
        }
        // Where the text holds no table 三, the pages with pictures are read whole by OCR: their tables were pasted as images.
        if (Scans.EmbeddedPictures.TablesAreMissing(pages.Where(p => p is not null).SelectMany(p => p!)))
            foreach (var page in withPictures) pages[page - 1] = null;
        var scanned = pages.Select((rows, i) => (rows, i)).Where(p => p.rows is null).Select(p => p.i + 1).ToList();
        if (scanned.Count > 0)
        {
            var read = Scans.Poppler.ReadPages(bytes, scanned, progress);
            foreach (var page in scanned) pages[page - 1] = read[page];
        }
        var all = pages.SelectMany(rows => rows!).ToList();
        if (all.Count == 0) throw new UnreadableReportException("PDF中没有可提取的文字，也没有可识别的图片，无法读取。");
        return all;
    }

    private static IEnumerable<LayoutRow> PageRows(PdfPageLetters page)
    {
        var (glyphs, height) = Upright(page);
        var lines = Lines(glyphs).Select(line => (Y: line[0].Y, Cells: Chunks(line))).ToList();
        var columns = ValueColumns(lines.Select(l => l.Cells));
        for (var i = 0; i < lines.Count; i++)
        {
            var (y, chunks) = lines[i];
            var cells = SplitOffValues(chunks, columns).ConvertAll(c => TextNormalizer.Normalize(string.Join(' ', c.Select(w => w.Text))));
            var nearEdge = y < height * 0.08 || y > height * 0.92;
            if (nearEdge && cells.Count == 1 && IsPageNumber(cells[0])) continue;
            // The line's number counts every line of the page, the page number's too, as a reader counts them.
            yield return new LayoutRow(cells) { Source = new(Page: page.Number, Line: i + 1) };
        }
    }

    /// <summary>A letter where an upright reader sees it: baseline start and end along the line, the line's height on the page.</summary>
    private readonly record struct Glyph(string Value, double X, double EndX, double Y, double Size);

    /// <summary>
    /// The page's letters as if it stood upright. A page turned with /Rotate (landscape tables, scans turned after the
    /// fact) gives its letters in the turned space, where lines run up or down the page; the letters' own direction,
    /// taken by the majority, says how to turn them back.
    /// </summary>
    private static (List<Glyph> Glyphs, double Height) Upright(PdfPageLetters page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var direction = letters.GroupBy(Orientation).MaxBy(g => g.Count())?.Key ?? TextOrientation.Horizontal;
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
            var (x, y) = turn(l.Start);
            var (endX, _) = turn(l.End);
            return new Glyph(l.Value, x, endX, y, l.PointSize > 0 ? l.PointSize : 10);
        }).ToList();
        return (glyphs, direction is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? w : h);
    }

    /// <summary>Which way a letter's baseline runs, by PdfPig's rule (<see cref="Letter.TextOrientation"/>); a letter
    /// without width, which PdfPig would turn by its glyph box, counts as upright.</summary>
    private static TextOrientation Orientation(PdfLetter letter)
    {
        var (dx, dy) = (letter.End.X - letter.Start.X, letter.End.Y - letter.Start.Y);
        const double flat = 1e-4;
        if (Math.Abs(dy) < flat) return dx < -flat ? TextOrientation.Rotate180 : TextOrientation.Horizontal;
        if (Math.Abs(dx) < flat) return dy < 0 ? TextOrientation.Rotate90 : TextOrientation.Rotate270;
        return TextOrientation.Other;
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

    /// <summary>A run of letters without a space-wide gap: a word of a label, or a number.</summary>
    private readonly record struct Word(string Text, double X, double EndX, double Size)
    {
        public bool IsNumber => Text.Any(char.IsAsciiDigit) && Text.All(c => char.IsAsciiDigit(c) || c == '.');

        public double Centre => (X + EndX) / 2;
    }

    /// <summary>A line cut into cells at gaps wider than <see cref="CellGap"/>, each cell a list of words. Two numbers never
    /// share a cell: a number has no spaces, so a space between two of them is the edge of a narrow column.</summary>
    private static List<List<Word>> Chunks(List<Glyph> line)
    {
        var cells = new List<List<Word>>();
        var cell = new List<Word>();
        var word = new StringBuilder(line[0].Value);
        var (start, end, size) = (line[0].X, line[0].EndX, line[0].Size);
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].X - line[i - 1].EndX;
            if (gap > line[i].Size * 0.2)
            {
                cell.Add(new Word(word.ToString(), start, end, size));
                word.Clear();
                (start, size) = (line[i].X, line[i].Size);
                if (gap > line[i].Size * CellGap || (cell[^1].IsNumber && line[i].Value.All(char.IsAsciiDigit)))
                {
                    cells.Add(cell);
                    cell = [];
                }
            }
            word.Append(line[i].Value);
            end = line[i].EndX;
        }
        cell.Add(new Word(word.ToString(), start, end, size));
        cells.Add(cell);
        return cells;
    }

    /// <summary>The centres of the page's value columns: where numbers standing alone in their cell are centred.</summary>
    private static List<double> ValueColumns(IEnumerable<List<List<Word>>> lines)
    {
        var centres = lines.SelectMany(cells => cells).Where(c => c is [{ IsNumber: true }]).Select(c => (c[0].Centre, c[0].Size)).OrderBy(c => c.Centre).ToList();
        var columns = new List<double>();
        for (var i = 0; i < centres.Count;)
        {
            var j = i;
            while (j + 1 < centres.Count && centres[j + 1].Centre - centres[j].Centre < centres[j].Size * 0.5) j++;
            if (j > i) columns.Add(centres[i..(j + 1)].Average(c => c.Centre));
            i = j + 1;
        }
        return columns;
    }

    /// <summary>
    /// A number written so close after a wrapped label that it joined the label's cell ("申请数 0") is split off where it
    /// stands in a value column of the page and the line holds other values, or the label is no sentence.
    /// </summary>
    private static List<List<Word>> SplitOffValues(List<List<Word>> cells, List<double> columns)
    {
        if (columns.Count == 0) return cells;
        var result = new List<List<Word>>();
        foreach (var cell in cells)
        {
            if (cell.Count > 1 && cell[^1] is { IsNumber: true } last && columns.Any(c => Math.Abs(c - last.Centre) < last.Size * 0.5)
                && !cell[^2].IsNumber && (cells.Any(c => c is [{ IsNumber: true }]) || !cell.Any(w => w.Text.IndexOfAny(['，', ',', '。', '；']) >= 0)))
            {
                result.Add(cell[..^1]);
                result.Add([last]);
            }
            else result.Add(cell);
        }
        return result;
    }

    /// <summary>A page number as printed in a header or footer: "- 3 -", "第3页共8页", "3/8".</summary>
    internal static bool IsPageNumber(string line) => PageNumber().IsMatch(TextNormalizer.Compact(line));

    [GeneratedRegex(@"^([-—–]?\d{1,4}[-—–]?|第\d+页(共\d+页)?|\d+/\d+)$")]
    private static partial Regex PageNumber();
}
