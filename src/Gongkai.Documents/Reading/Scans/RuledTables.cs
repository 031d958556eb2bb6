using OpenCvSharp;

namespace Gongkai.Documents.Reading.Scans;

/// <summary>A cell of a ruled table on a page picture: the table it belongs to and its box inside the rulings.</summary>
internal sealed record RuledCell(int Table, Rect Box);

/// <summary>
/// The ruled tables of a page picture. The format's tables are drawn with lines on every cell; lines are long runs of ink
/// that text never makes, so opening the ink with a long thin element keeps only them. A table is a connected net of
/// lines; its cells are the regions the net encloses, merged cells included, each one region whatever its span.
/// </summary>
internal static class RuledTables
{
    public sealed record Found(Mat Rulings, List<RuledCell> Cells) : IDisposable
    {
        public void Dispose() => Rulings.Dispose();
    }

    public static Found Find(Mat ink)
    {
        using var horizontal = Lines(ink, new OpenCvSharp.Size(Math.Max(ink.Width / 30, 20), 1));
        using var vertical = Lines(ink, new OpenCvSharp.Size(1, Math.Max(ink.Height / 50, 20)));
        using var strokes = new Mat();
        Cv2.BitwiseOr(horizontal, vertical, strokes);
        // Close the small breaks a faint or blurred scan leaves in a line, and where two lines meet.
        using var joint = Cv2.GetStructuringElement(MorphShapes.Rect, new OpenCvSharp.Size(5, 5));
        Cv2.Dilate(strokes, strokes, joint);
        var rulings = new Mat(ink.Size(), MatType.CV_8UC1, Scalar.Black);
        return new Found(rulings, Tables(strokes, rulings));
    }

    private static Mat Lines(Mat ink, OpenCvSharp.Size length)
    {
        var lines = new Mat();
        using var element = Cv2.GetStructuringElement(MorphShapes.Rect, length);
        Cv2.MorphologyEx(ink, lines, MorphTypes.Open, element);
        return lines;
    }

    /// <summary>
    /// The nets of lines large enough to be tables, drawn into <paramref name="rulings"/>, and their cells. A long stroke of a
    /// heading's character is a line too, but stands alone: only the nets are wiped before the page is read.
    /// </summary>
    private static List<RuledCell> Tables(Mat strokes, Mat rulings)
    {
        var cells = new List<RuledCell>();
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var nets = Cv2.ConnectedComponentsWithStats(strokes, labels, stats, centroids, PixelConnectivity.Connectivity8);
        stats.GetArray(out int[] stat);
        var table = 0;
        for (var n = 1; n < nets; n++)
        {
            var box = new Rect(stat[n * 5], stat[n * 5 + 1], stat[n * 5 + 2], stat[n * 5 + 3]);
            // A net of lines smaller than this is an underline, a box around a word or a stamp's frame, not a table.
            if (box.Width < strokes.Width / 4 || box.Height < strokes.Height / 30) continue;
            using var net = new Mat();
            Cv2.InRange(labels, n, n, net);
            var inside = CellsInside(net, box);
            if (inside.Count < 2) continue;
            rulings.SetTo(Scalar.White, net);
            table++;
            cells.AddRange(inside.Select(b => new RuledCell(table, b)));
        }
        return cells;
    }

    /// <summary>The regions the lines enclose inside a table's box (the format's tables are rectangles: nothing inside the box is outside the table).</summary>
    private static List<Rect> CellsInside(Mat net, Rect box)
    {
        using var region = new Mat(net, box);
        using var open = new Mat();
        Cv2.BitwiseNot(region, open);
        // A table cut by a page break has no line along the cut; its box closes the cells left open there.
        Cv2.Rectangle(open, new Rect(0, 0, box.Width, box.Height), Scalar.Black, 2);
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(open, labels, stats, centroids, PixelConnectivity.Connectivity4);
        var cells = new List<Rect>();
        for (var n = 1; n < count; n++)
        {
            var cell = new Rect(stats.At<int>(n, 0), stats.At<int>(n, 1), stats.At<int>(n, 2), stats.At<int>(n, 3));
            if (cell.Width < 12 || cell.Height < 12) continue;
            cells.Add(new Rect(cell.X + box.X, cell.Y + box.Y, cell.Width, cell.Height));
        }
        return cells;
    }
}
