using OpenCvSharp;

namespace Gongkai.Documents.Reading.Scans;

/// <summary>Pictures decoded by OpenCV, which is told to keep quiet: a damaged file is our reason to give, not its console noise.</summary>
internal static class Pictures
{
    static Pictures() => Cv2.SetLogLevel(OpenCvSharp.LogLevel.SILENT);

    /// <summary>A grey picture of the bytes, or null where they are no picture OpenCV can decode.</summary>
    public static Mat? Decode(byte[]? bytes)
    {
        if (bytes is null || bytes.Length < 8) return null;
        try
        {
            var picture = Cv2.ImDecode(bytes, ImreadModes.Grayscale);
            if (!picture.Empty()) return picture;
            picture.Dispose();
            return null;
        }
        catch (OpenCVException)
        {
            return null;
        }
    }

    /// <summary>Every page of a TIFF file, grey, or null where it cannot be read.</summary>
    public static Mat[]? ReadPages(string path) => Cv2.ImReadMulti(path, out var pages, ImreadModes.Grayscale) && pages.Length > 0 ? pages : null;
}
