using OpenCvSharp;

namespace Gongkai.Documents.Reading.Scans;

/// <summary>
/// A report uploaded as pictures: a PNG or JPEG of a page, or a TIFF of many, as scanners save them. Pages are counted
/// before any is decoded, so a file of a thousand pages is refused without being held in memory.
/// </summary>
internal static class PictureFile
{
    public static bool IsPicture(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || IsTiff(head);

    private static bool IsTiff(ReadOnlySpan<byte> head) => head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8);

    public static List<LayoutRow> Rows(byte[] bytes, Action<string>? progress = null)
    {
        if (!IsTiff(bytes))
        {
            ScannedPages.EnsureReadable(1);
            using var picture = Pictures.Decode(bytes) ?? throw new UnreadableReportException("图片已损坏或不完整，无法读取。");
            return ScannedPages.Read(picture, 1, progress);
        }
        ScannedPages.EnsureReadable(TiffPages(bytes));
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var pages = Pictures.ReadPages(path) ?? throw new UnreadableReportException("TIFF图片已损坏或采用了不支持的压缩方式，无法读取。");
            var rows = new List<LayoutRow>();
            try
            {
                for (var i = 0; i < pages.Length; i++) rows.AddRange(ScannedPages.Read(pages[i], i + 1, progress));
            }
            finally
            {
                foreach (var page in pages) page.Dispose();
            }
            return rows;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The pages of a TIFF: its chain of image directories, followed without decoding any image.</summary>
    public static int TiffPages(byte[] bytes)
    {
        var little = bytes[0] == 'I';
        uint Read(long at, int size)
        {
            if (at < 0 || at + size > bytes.Length) throw new UnreadableReportException("TIFF图片已损坏或不完整，无法读取。");
            uint value = 0;
            for (var i = 0; i < size; i++) value |= (uint)bytes[at + (little ? i : size - 1 - i)] << (8 * i);
            return value;
        }
        var pages = 0;
        var seen = new HashSet<uint>();
        for (var offset = Read(4, 4); offset != 0 && pages <= ScannedPages.MaxPages; offset = Read(offset + 2 + 12 * Read(offset, 2), 4))
        {
            if (!seen.Add(offset)) break;
            pages++;
        }
        return pages;
    }
}
