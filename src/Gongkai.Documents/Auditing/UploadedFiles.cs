using System.IO.Compression;
using System.Text;

namespace Gongkai.Documents.Auditing;

/// <summary>A file of an upload, with the path it had inside any ZIP.</summary>
public sealed record UploadedFile(string Name, byte[] Content);

/// <summary>
/// The files of an upload as a supervising office sends them: report files as they are, and ZIP archives opened (a Word
/// document is a ZIP too, and stays a file). Names inside archives made on Chinese Windows are GBK, and are read so.
/// What cannot be a report is skipped with its reason, and never stops the rest.
/// </summary>
public static class UploadedFiles
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const long MaxTotalBytes = 4L * 1024 * 1024 * 1024;
    public const int MaxFiles = 50_000;
    private const int MaxDepth = 3;

    static UploadedFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IEnumerable<UploadedFile> Expand(string name, byte[] content, Action<string> skipped)
    {
        long total = 0;
        var count = 0;
        foreach (var file in Expand(name, content, skipped, 0))
        {
            total += file.Content.Length;
            if (++count > MaxFiles || total > MaxTotalBytes)
            {
                skipped($"{file.Name}：上传的文件超过{MaxFiles}个或总计超过4GB，其后的文件未处理。");
                yield break;
            }
            yield return file;
        }
    }

    private static IEnumerable<UploadedFile> Expand(string name, byte[] content, Action<string> skipped, int depth)
    {
        var archive = depth < MaxDepth ? OpenArchive(content) : null;
        if (archive is null)
        {
            yield return new UploadedFile(name, content);
            yield break;
        }
        using (archive)
        {
            foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var path = $"{name}/{entry.FullName}";
                if (entry.FullName.EndsWith('/') || IsSystemFile(entry.FullName)) continue;
                byte[]? bytes;
                try
                {
                    bytes = ReadAtMost(entry, MaxFileBytes);
                }
                catch (InvalidDataException)
                {
                    skipped($"{path}：压缩包中的此文件已损坏，未能解压。");
                    continue;
                }
                if (bytes is null)
                {
                    skipped($"{path}：文件超过50MB，未读取。");
                    continue;
                }
                foreach (var inner in Expand(path, bytes, skipped, depth + 1))
                    yield return inner;
            }
        }
    }

    /// <summary>
    /// The entry's bytes, or null past <paramref name="limit"/>, whether the archive declares that much or it inflates to
    /// more than it declares (a "ZIP bomb" stops at the limit).
    /// </summary>
    private static byte[]? ReadAtMost(ZipArchiveEntry entry, long limit)
    {
        if (entry.Length > limit) return null;
        using var stream = entry.Open();
        using var buffer = new MemoryStream((int)Math.Min(Math.Max(entry.Length, 0), limit));
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>The archive, if the content is a ZIP that is not itself a Word document.</summary>
    private static ZipArchive? OpenArchive(byte[] content)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K') return null;
        try
        {
            var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read, leaveOpen: false, Encoding.GetEncoding("GB18030"));
            if (archive.GetEntry("word/document.xml") is null && archive.GetEntry("[Content_Types].xml") is null) return archive;
            archive.Dispose();
        }
        catch (InvalidDataException)
        {
            // Not a readable archive: the reader will say why as a file.
        }
        return null;
    }

    private static bool IsSystemFile(string path)
    {
        var file = path[(path.LastIndexOf('/') + 1)..];
        return path.StartsWith("__MACOSX/", StringComparison.Ordinal) || file.StartsWith('.') || file.StartsWith("~$", StringComparison.Ordinal)
            || file.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) || file.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);
    }
}
