using OpenCvSharp;

namespace Gongkai.Documents.Reading.Scans;

/// <summary>The number cells of a page's ruled tables, read again one by one with digits only.</summary>
internal static class NumberCells
{
    private const string Digits = "0123456789./-";

    /// <summary>
    /// Each cell with ink and at most a few Chinese characters read, read again alone with digits and the missing-value
    /// marks only: all of a page's cells in one call, a list of small pictures. Where the page's reading had a number in
    /// the cell and the two disagree, neither is trusted.
    /// </summary>
    public static Dictionary<int, (string Text, ScannedValue? Scanned)> Read(List<RuledCell> cells, List<OcrWord>?[] inCell,
        Mat clean, Mat ink, string folder, int page)
    {
        var candidates = new List<int>();
        for (var i = 0; i < cells.Count; i++)
            if ((inCell[i] ?? []).Sum(w => w.Text.Count(IsChinese)) <= 3 && HasInk(ink, cells[i].Box)) candidates.Add(i);
        var result = new Dictionary<int, (string, ScannedValue?)>();
        if (candidates.Count == 0) return result;
        var list = new List<string>();
        foreach (var i in candidates)
        {
            var path = Path.Combine(folder, $"cell{i}.png");
            using var crop = new Mat(clean, Inner(cells[i].Box));
            using var padded = new Mat();
            Cv2.CopyMakeBorder(crop, padded, 16, 16, 16, 16, BorderTypes.Constant, Scalar.White);
            Cv2.ImWrite(path, padded);
            list.Add(path);
        }
        var listPath = Path.Combine(folder, "cells.txt");
        File.WriteAllLines(listPath, list);
        var read = Tesseract.Words(listPath, pageSegmentation: 7, language: "eng", characters: Digits, pictures: Math.Max(1, candidates.Count / 20))
            .GroupBy(w => w.Picture).ToDictionary(g => g.Key, g => g.OrderBy(w => w.Box.X).ToList());
        var digits = candidates.Select((i, n) => read.GetValueOrDefault(n + 1) ?? []).ToList();
        int ChineseCount(int i) => (inCell[i] ?? []).Sum(w => w.Text.Count(IsChinese));
        var numbers = candidates.Where((i, n) => digits[n].Count > 0).ToHashSet();
        for (var n = 0; n < candidates.Count; n++)
        {
            var i = candidates[n];
            var box = cells[i].Box;
            var confidence = digits[n].Count == 0 ? 0 : digits[n].Min(w => w.Confidence);
            if (ChineseCount(i) > 0)
            {
                // Chinese in a cell of a column of numbers may be a digit misread ("的" for 2, "国人" for a 0 read on with
                // its row's label) or a short heading ("其他", "总计"): one character is taken for a digit where the column
                // holds numbers or the digit reading is sure, two or three only where both hold. The readings disagree, so
                // a number taken is not trusted. Anything else is a label.
                var peers = Enumerable.Range(0, cells.Count).Where(k => k != i && cells[k].Table == cells[i].Table && SameColumn(cells[k].Box, box)).ToList();
                var inNumbers = peers.Count(numbers.Contains) * 2 > peers.Count;
                var sure = digits[n].Any(w => w.Text.Any(char.IsAsciiDigit)) && confidence >= ScannedValue.Certain;
                if (!(ChineseCount(i) == 1 ? inNumbers || sure : inNumbers && sure)) continue;
                confidence = 0;
            }
            var text = string.Concat(digits[n].Select(w => w.Text));
            // Taken from Chinese, only digits count: a lone dash is a stroke, and a blank cell a header row can hold.
            if (ChineseCount(i) > 0 && !text.Any(char.IsAsciiDigit)) text = "";
            // The page's reading counts only where it read digits alone within the cell: a word read across two cells, or
            // letters for a digit ("oo" for 0, as the Chinese model does), say nothing of the number.
            var first = string.Concat(ScannedPages.ReadingOrder((inCell[i] ?? []).Where(w => Within(w.Box, box))).Select(w => w.Text));
            if (first.Length > 0 && first.All(char.IsAsciiDigit) && first != text) confidence = 0;
            result[i] = (text, new ScannedValue(Math.Round(confidence, 1), page, box.X, box.Y, box.Width, box.Height));
        }
        return result;
    }

    /// <summary>Two cells of one column: each spans most of the other's width.</summary>
    private static bool SameColumn(Rect a, Rect b)
    {
        var shared = Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X);
        return shared > 0.5 * Math.Min(a.Width, b.Width) && shared > 0.5 * Math.Max(a.Width, b.Width);
    }

    private static bool Within(Rect word, Rect cell) => (word & cell) is { Width: > 0, Height: > 0 } both && both.Width * both.Height >= 0.8 * word.Width * word.Height;

    /// <summary>A cell's inside, clear of the rulings' dilated edge.</summary>
    private static Rect Inner(Rect box)
    {
        const int margin = 3;
        return box.Width > 2 * margin + 4 && box.Height > 2 * margin + 4
            ? new Rect(box.X + margin, box.Y + margin, box.Width - 2 * margin, box.Height - 2 * margin) : box;
    }

    /// <summary>Ink enough for a digit: a scanner's specks and a ruling's frayed edge are less.</summary>
    private static bool HasInk(Mat ink, Rect box)
    {
        using var inside = new Mat(ink, Inner(box));
        return Cv2.CountNonZero(inside) > 25;
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
