using System.Diagnostics;
using OpenCvSharp;

namespace Gongkai.Documents.Reading.Scans;

/// <summary>
/// Pages that exist only as pictures, read into the same rows of cells as every other source: a ruled table's cells become
/// the cells of its rows (a merged cell in the row where it starts, as a web page has it), the text around the tables its
/// lines. Labels come from one pass over the page with the rulings wiped out; each cell that may hold a number is read
/// again on its own with digits only (<see cref="NumberCells"/>), and keeps that reading's confidence and its box.
/// </summary>
internal static class ScannedPages
{
    /// <summary>A report is 5 to 15 pages; more than this is not one report, and each page costs seconds.</summary>
    public const int MaxPages = 40;

    /// <summary>One page at a time per core: each OCR call takes one core for seconds.</summary>
    private static readonly SemaphoreSlim Cores = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>Reads one page picture; <paramref name="page"/> is its number in the file.</summary>
    public static List<LayoutRow> Read(Mat picture, int page, Action<string>? progress = null)
    {
        Cores.Wait();
        var clock = Stopwatch.StartNew();
        try
        {
            using var folder = new ExternalTool.WorkFolder("gongkai-ocr-");
            var rows = ReadPage(picture, page, folder.Path);
            progress?.Invoke($"第{page}页：扫描识别完成，用时{clock.Elapsed.TotalSeconds:0.0}秒。");
            return rows;
        }
        catch (OpenCVException e)
        {
            throw new UnreadableReportException($"第{page}页的图片无法处理（图片可能已损坏），未读取。", e);
        }
        finally
        {
            Cores.Release();
        }
    }

    /// <summary>Throws, before any page is read, where pictures cannot be read on this machine, or where there are too many.</summary>
    public static void EnsureReadable(int pages)
    {
        if (Tesseract.Missing is { } missing) throw new UnreadableReportException(missing + "请安装后再读取，或提供文字版的PDF或DOCX。");
        if (pages > MaxPages)
            throw new UnreadableReportException($"文件有{pages}页需要扫描识别，超过{MaxPages}页的上限，不像是一份年度报告，未读取。");
    }

    private static List<LayoutRow> ReadPage(Mat picture, int page, string folder)
    {
        using var prepared = PagePicture.Prepare(picture, folder);
        using var tables = RuledTables.Find(prepared.Ink);
        using var clean = prepared.Grey.Clone();
        clean.SetTo(Scalar.White, tables.Rulings);
        var words = ReadText(clean, folder);

        var inCell = new List<OcrWord>?[tables.Cells.Count];
        var outside = new List<OcrWord>();
        foreach (var word in words)
        {
            // A word belongs to the cell it overlaps most: one read across a wiped ruling has its middle on no cell.
            var (index, overlap) = (-1, 0);
            for (var i = 0; i < tables.Cells.Count; i++)
            {
                var shared = (tables.Cells[i].Box & word.Box) is { Width: > 0, Height: > 0 } both ? both.Width * both.Height : 0;
                if (shared > overlap) (index, overlap) = (i, shared);
            }
            if (index < 0) outside.Add(word);
            else (inCell[index] ??= []).Add(word);
        }

        using var ink = new Mat();
        Cv2.BitwiseAnd(prepared.Ink, ~tables.Rulings, ink);
        var values = NumberCells.Read(tables.Cells, inCell, clean, ink, folder, page);

        var items = new List<(int Y, LayoutRow Row)>();
        foreach (var line in outside.GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            var (top, row) = (line.Min(w => w.Box.Y), LineRow(line.OrderBy(w => w.Box.X).ToList(), page));
            // A page number in the header or footer is no value of the table the page breaks.
            if ((top < clean.Height * 0.08 || top > clean.Height * 0.92) && row.Cells.Count == 1 && PdfSource.IsPageNumber(row.Cells[0])) continue;
            items.Add((top, row));
        }
        foreach (var table in tables.Cells.Select((cell, i) => (cell, i)).GroupBy(c => c.cell.Table))
        {
            var rowNumber = 0;
            foreach (var row in TableRows(table.ToList()))
            {
                var cells = row.Select(c => values.TryGetValue(c.i, out var v) ? v.Text : Join(ReadingOrder(inCell[c.i] ?? []))).ToArray();
                var scanned = row.Select(c => values.TryGetValue(c.i, out var v) ? v.Scanned : null).ToArray();
                items.Add((row[0].cell.Box.Y, new LayoutRow(cells) { Source = new(Page: page, Table: table.Key, Row: ++rowNumber), Scanned = scanned }));
            }
        }
        var lineNumber = 0;
        return items.OrderBy(i => i.Y).Select(i => i.Row.Source is null ? i.Row with { Source = new(Page: page, Line: ++lineNumber) } : i.Row).ToList();
    }

    /// <summary>
    /// Body text and bold headings alike read best at about 150 dpi (Tesseract's Chinese model drops a heading's characters
    /// some 45 pixels tall at 200 dpi, and reads them at 32); digits read alone do better at the page's full size.
    /// </summary>
    private const double TextScale = 0.72;

    /// <summary>The page's words, read at the text's scale, with their boxes on the page picture.</summary>
    private static List<OcrWord> ReadText(Mat clean, string folder)
    {
        using var small = new Mat();
        Cv2.Resize(clean, small, new OpenCvSharp.Size(), TextScale, TextScale, InterpolationFlags.Area);
        var path = Path.Combine(folder, "page.png");
        Cv2.ImWrite(path, small);
        static int Up(int v) => (int)Math.Round(v / TextScale);
        return Tesseract.Words(path, pageSegmentation: 6)
            .ConvertAll(w => w with { Box = new Rect(Up(w.Box.X), Up(w.Box.Y), Up(w.Box.Width), Up(w.Box.Height)) });
    }

    /// <summary>
    /// A line outside the ruled tables, cut into cells where its words stand apart by more than a character's height: a
    /// table printed without rulings keeps its columns so, as a PDF's does. A number standing alone keeps the confidence of
    /// the page's reading.
    /// </summary>
    private static LayoutRow LineRow(List<OcrWord> words, int page)
    {
        var height = words.Select(w => w.Box.Height).Order().ElementAt(words.Count / 2);
        var cells = new List<List<OcrWord>> { new() { words[0] } };
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Box.X - words[i - 1].Box.Right > height) cells.Add([]);
            cells[^1].Add(words[i]);
        }
        if (cells.Count == 1) return new LayoutRow([Join(words)]);
        var scanned = cells.Select(c => c.All(w => w.Text.All(char.IsAsciiDigit))
            ? new ScannedValue(Math.Round(c.Min(w => w.Confidence), 1), page, c[0].Box.X, c.Min(w => w.Box.Y), c[^1].Box.Right - c[0].Box.X, c.Max(w => w.Box.Bottom) - c.Min(w => w.Box.Y))
            : null).ToArray();
        return new LayoutRow(cells.Select(Join).ToArray()) { Scanned = scanned };
    }

    /// <summary>The cells of a table in rows: cells whose tops stand level, left to right, top to bottom.</summary>
    private static List<List<(RuledCell cell, int i)>> TableRows(List<(RuledCell cell, int i)> cells)
    {
        var rows = new List<List<(RuledCell cell, int i)>>();
        foreach (var cell in cells.OrderBy(c => c.cell.Box.Y))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1][0].cell.Box.Y - cell.cell.Box.Y) <= 10) rows[^1].Add(cell);
            else rows.Add([cell]);
        }
        foreach (var row in rows) row.Sort((a, b) => a.cell.Box.X.CompareTo(b.cell.Box.X));
        return rows;
    }


    /// <summary>Words of a cell in reading order: lines top to bottom (a word belongs to the line its middle is level with), each left to right.</summary>
    internal static IEnumerable<OcrWord> ReadingOrder(IEnumerable<OcrWord> words)
    {
        var lines = new List<List<OcrWord>>();
        foreach (var word in words.OrderBy(w => w.Box.Y + w.Box.Height / 2))
        {
            var middle = word.Box.Y + word.Box.Height / 2;
            var line = lines.Find(l => Math.Abs(l[0].Box.Y + l[0].Box.Height / 2 - middle) < Math.Max(l[0].Box.Height, word.Box.Height) / 2);
            if (line is null) lines.Add([word]);
            else line.Add(word);
        }
        return lines.SelectMany(l => l.OrderBy(w => w.Box.X));
    }

    /// <summary>Words joined as the text reads: Chinese runs on without spaces; a space stays only between two Latin words or numbers.</summary>
    internal static string Join(IEnumerable<OcrWord> words)
    {
        var text = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(word.Text[0])) text.Append(' ');
            text.Append(word.Text);
        }
        return TextNormalizer.Normalize(text.ToString());
    }
}
