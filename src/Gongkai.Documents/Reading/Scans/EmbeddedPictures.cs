using OpenCvSharp;

namespace Gongkai.Documents.Reading.Scans;

/// <summary>A picture inside a document, where it stands among the document's rows, and its bytes when asked.</summary>
internal sealed record EmbeddedPicture(int At, Func<byte[]?> Bytes);

/// <summary>
/// Pictures inside a Word document, a web page or a PDF page where the report's tables were pasted as images. They are
/// read by OCR only where the document's text holds no table 三 — a report whose tables are text is not slowed, nor
/// confused, by its seal, logo or a photo.
/// </summary>
internal static class EmbeddedPictures
{
    /// <summary>Narrower than this is a seal, an icon or a signature, not a table.</summary>
    private const int MinimumWidth = 500;

    public static bool TablesAreMissing(IEnumerable<LayoutRow> rows) =>
        !rows.Any(r => TextNormalizer.Compact(r.Text).Contains(RequestTableReader.FirstRowWords, StringComparison.Ordinal));

    /// <summary>The rows with those of each large picture read in its place, where the text lacks the tables.</summary>
    public static List<LayoutRow> ReadInPlace(List<LayoutRow> rows, IReadOnlyList<EmbeddedPicture> pictures, Action<string>? progress)
    {
        if (pictures.Count == 0 || !TablesAreMissing(rows)) return rows;
        var large = new List<(int At, Mat Picture)>();
        try
        {
            foreach (var picture in pictures)
                if (Pictures.Decode(picture.Bytes()) is { } decoded)
                {
                    if (decoded.Width >= MinimumWidth) large.Add((picture.At, decoded));
                    else decoded.Dispose();
                }
            if (large.Count == 0) return rows;
            ScannedPages.EnsureReadable(large.Count);
            var result = new List<LayoutRow>(rows.Count + 200);
            var next = 0;
            for (var i = 0; i < large.Count; i++)
            {
                result.AddRange(rows.Skip(next).Take(large[i].At - next));
                next = Math.Max(next, large[i].At);
                result.AddRange(ScannedPages.Read(large[i].Picture, i + 1, progress));
            }
            result.AddRange(rows.Skip(next));
            return result;
        }
        finally
        {
            foreach (var (_, picture) in large) picture.Dispose();
        }
    }
}
