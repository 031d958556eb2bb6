namespace Gongkai.Reports;

/// <summary>
/// A value read from a picture of the report (a scan, an image-only PDF page, a table pasted as an image): how sure the
/// OCR was of it (0–100) and where it stands on the page picture, in pixels at the resolution it was read, so a supervisor
/// can look at that cell alone.
/// </summary>
public sealed record ScannedValue(double Confidence, int Page, int X, int Y, int Width, int Height)
{
    /// <summary>
    /// Below this the value is read but flagged for checking. Tesseract gives clean digits 90 and more; a digit it guessed
    /// at (a blurred 3 or 8, a 0 in a speck) comes out under 80, and two readings that disagree are put at 0.
    /// </summary>
    public const double Certain = 80;

    public bool IsUncertain => Confidence < Certain;
}
