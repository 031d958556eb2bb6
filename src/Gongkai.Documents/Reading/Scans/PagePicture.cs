using OpenCvSharp;

namespace Gongkai.Documents.Reading.Scans;

/// <summary>
/// A page picture made ready for OCR as a scanner's output needs: grey, at a size Tesseract reads best, turned upright
/// (Tesseract's orientation detection), straightened (the small skew of a sheet fed askew), and its ink separated from a
/// grey or uneven background.
/// </summary>
internal sealed class PagePicture : IDisposable
{
    /// <summary>The longer side of a page as read: A4 at about 200 dpi, where Chinese characters stand some 35 pixels tall.</summary>
    private const int Size = 2200;

    /// <summary>The page, upright and straight, grey.</summary>
    public Mat Grey { get; }

    /// <summary>Its ink (255) on nothing (0).</summary>
    public Mat Ink { get; }

    private PagePicture(Mat grey, Mat ink) => (Grey, Ink) = (grey, ink);

    public static PagePicture Prepare(Mat picture, string workFolder)
    {
        using var grey = Scaled(ToGrey(picture));
        var rotation = Orientation(grey, workFolder);
        using var upright = Turned(grey, rotation);
        using var roughInk = InkOf(upright);
        var skew = SkewOf(roughInk);
        using var straight = Math.Abs(skew) < 0.05 ? upright.Clone() : Straightened(upright, skew);
        var flat = Flattened(straight);
        return new PagePicture(flat, InkOf(flat));
    }

    private static Mat ToGrey(Mat picture)
    {
        if (picture.Channels() == 1) return picture.Depth() == MatType.CV_8U ? picture.Clone() : Converted(picture);
        var grey = new Mat();
        Cv2.CvtColor(picture, grey, picture.Channels() == 4 ? ColorConversionCodes.BGRA2GRAY : ColorConversionCodes.BGR2GRAY);
        return grey;
    }

    private static Mat Converted(Mat picture)
    {
        var grey = new Mat();
        picture.ConvertTo(grey, MatType.CV_8U, picture.Depth() == MatType.CV_16U ? 1 / 256.0 : 1);
        return grey;
    }

    /// <summary>Scanners give 150 to 600 dpi; the page is brought to one size so that thresholds in pixels mean the same everywhere.</summary>
    private static Mat Scaled(Mat grey)
    {
        var longer = Math.Max(grey.Width, grey.Height);
        if (Math.Abs(longer - Size) < Size / 10) return grey;
        var factor = (double)Size / longer;
        var scaled = new Mat();
        Cv2.Resize(grey, scaled, new OpenCvSharp.Size(), factor, factor, factor < 1 ? InterpolationFlags.Area : InterpolationFlags.Cubic);
        grey.Dispose();
        return scaled;
    }

    private static int Orientation(Mat grey, string workFolder)
    {
        var path = Path.Combine(workFolder, "orientation.png");
        Cv2.ImWrite(path, grey);
        return Tesseract.Rotation(path);
    }

    private static Mat Turned(Mat grey, int degrees)
    {
        var turned = new Mat();
        if (degrees == 0) grey.CopyTo(turned);
        else Cv2.Rotate(grey, turned, degrees switch { 90 => RotateFlags.Rotate90Clockwise, 180 => RotateFlags.Rotate180, _ => RotateFlags.Rotate90Counterclockwise });
        return turned;
    }

    /// <summary>
    /// The page on white: each pixel divided by the paper around it (the page with its ink closed over), so grey paper, a
    /// shadowed edge or a yellowed sheet all read as black on white, as Tesseract's own thresholding assumes.
    /// </summary>
    private static Mat Flattened(Mat grey)
    {
        using var paper = new Mat();
        using var element = Cv2.GetStructuringElement(MorphShapes.Rect, new OpenCvSharp.Size(15, 15));
        Cv2.Dilate(grey, paper, element);
        Cv2.MedianBlur(paper, paper, 21);
        var flat = new Mat();
        Cv2.Divide(grey, paper, flat, 255);
        return flat;
    }

    /// <summary>Ink against the local background, so a grey sheet, a shadowed edge or faint print all separate alike.</summary>
    public static Mat InkOf(Mat grey)
    {
        var ink = new Mat();
        Cv2.AdaptiveThreshold(grey, ink, 255, AdaptiveThresholdTypes.GaussianC, ThresholdTypes.BinaryInv, 41, 18);
        return ink;
    }

    /// <summary>
    /// The skew in degrees: the angle at which the ink's rows of text (and a table's rulings) line up best, i.e. where the
    /// profile of ink per row is sharpest. Searched coarse then fine within ±5°, on a small copy.
    /// </summary>
    private static double SkewOf(Mat ink)
    {
        using var small = new Mat();
        var factor = 800.0 / Math.Max(ink.Width, ink.Height);
        Cv2.Resize(ink, small, new OpenCvSharp.Size(), factor, factor, InterpolationFlags.Area);
        double Best(double from, double to, double step)
        {
            var (best, bestScore) = (0.0, double.MinValue);
            for (var angle = from; angle <= to + 1e-9; angle += step)
            {
                var score = Sharpness(small, angle);
                if (score > bestScore) (best, bestScore) = (angle, score);
            }
            return best;
        }
        var coarse = Best(-5, 5, 0.5);
        return Best(coarse - 0.5, coarse + 0.5, 0.05);
    }

    private static double Sharpness(Mat small, double angle)
    {
        using var rotation = Cv2.GetRotationMatrix2D(new Point2f(small.Width / 2f, small.Height / 2f), angle, 1);
        using var turned = new Mat();
        Cv2.WarpAffine(small, turned, rotation, small.Size(), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.Black);
        using var rows = new Mat();
        Cv2.Reduce(turned, rows, ReduceDimension.Column, ReduceTypes.Sum, MatType.CV_64F);
        rows.GetArray(out double[] sums);
        double score = 0;
        for (var y = 1; y < sums.Length; y++) score += (sums[y] - sums[y - 1]) * (sums[y] - sums[y - 1]);
        return score;
    }

    private static Mat Straightened(Mat grey, double skew)
    {
        using var rotation = Cv2.GetRotationMatrix2D(new Point2f(grey.Width / 2f, grey.Height / 2f), skew, 1);
        var straight = new Mat();
        Cv2.WarpAffine(grey, straight, rotation, grey.Size(), InterpolationFlags.Cubic, BorderTypes.Replicate);
        return straight;
    }

    public void Dispose()
    {
        Grey.Dispose();
        Ink.Dispose();
    }
}
