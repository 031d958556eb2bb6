using System.IO.Compression;

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

    /// <summary>
    /// The report files of one uploaded file, read from its stream (the framework's buffer on disk): a ZIP is opened
    /// where it lies, never copied into memory; what is held at once is one entry of at most <see cref="MaxFileBytes"/>.
    /// </summary>
    public static IEnumerable<UploadedFile> Expand(string name, Stream content, Action<string> skipped)
    {
        long total = 0;
        var count = 0;
        foreach (var file in ExpandTop(name, content, skipped))
        {
            total += file.Content.Length;
            if (++count > MaxFiles || total > MaxTotalBytes)
            {
                skipped($"{file.Name}：上传的文件超过{MaxFiles}个或解压后总计超过4GB，其后的文件未处理。");
                yield break;
            }
            yield return file;
        }
    }

    private static IEnumerable<UploadedFile> ExpandTop(string name, Stream content, Action<string> skipped)
    {
        if (OpenArchive(content) is { } archive)
        {
            foreach (var file in Entries(name, archive, skipped, 1)) yield return file;
            yield break;
        }
        content.Position = 0;
        if (content.Length > MaxFileBytes)
        {
            skipped($"{name}：文件超过50MB，未读取。");
            yield break;
        }
        using var buffer = new MemoryStream((int)content.Length);
        content.CopyTo(buffer);
        yield return new UploadedFile(name, buffer.ToArray());
    }

    private static IEnumerable<UploadedFile> Expand(string name, byte[] content, Action<string> skipped, int depth)
    {
        var archive = depth < MaxDepth ? OpenArchive(new MemoryStream(content, writable: false)) : null;
        if (archive is null)
        {
            yield return new UploadedFile(name, content);
            yield break;
        }
        foreach (var file in Entries(name, archive, skipped, depth + 1)) yield return file;
    }

    private static IEnumerable<UploadedFile> Entries(string name, ZipArchive archive, Action<string> skipped, int depth)
    {
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
                foreach (var inner in Expand(path, bytes, skipped, depth))
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

    private static bool IsZip(Stream content)
    {
        content.Position = 0;
        Span<byte> head = stackalloc byte[2];
        var zip = content.Read(head) == 2 && head[0] == 'P' && head[1] == 'K';
        content.Position = 0;
        return zip;
    }

    /// <summary>The archive, if the content is a ZIP that is not itself a Word document.</summary>
    private static ZipArchive? OpenArchive(Stream content)
    {
        if (!IsZip(content)) return null;
        try
        {
            var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true, Encoding.GetEncoding("GB18030"));
            if (archive.GetEntry("word/document.xml") is null && archive.GetEntry("[Content_Types].xml") is null) return archive;
            archive.Dispose();
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
        {
            // Not a readable archive (a truncated one seeks outside the file): the reader will say why as a file.
        }
        content.Position = 0;
        return null;
    }

    private static bool IsSystemFile(string path)
    {
        var file = path[(path.LastIndexOf('/') + 1)..];
        return path.StartsWith("__MACOSX/", StringComparison.Ordinal) || file.StartsWith('.') || file.StartsWith("~$", StringComparison.Ordinal)
            || file.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) || file.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);
    }
}
