using System.IO.Compression;
using System.Text;

namespace Gongkai.Bench;

/// <summary>
/// The uploads that once blew the server's memory up, written for bench/upload.sh: ZIPs of zeros that inflate far
/// beyond their size, a batch of large real-looking entries just under the reader's limit, and a 1 GB file.
/// </summary>
public static class UploadFiles
{
    private const long MiB = 1024 * 1024;

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        // 1 MB of ZIP, 980 MiB inflated, in one entry.
        Zip(Path.Combine(folder, "bomb-one.zip"), [("报告.txt", 980 * MiB)]);
        // 42 entries of 200 MiB each: 8.2 GiB inflated from a few MB.
        Zip(Path.Combine(folder, "bomb-42.zip"), Enumerable.Range(1, 42).Select(i => ($"第{i}号/报告.txt", 200 * MiB)).ToArray());
        // A ZIP inside a ZIP inside a ZIP, each level holding the last one several times.
        var inner = Path.Combine(folder, "inner.zip");
        Zip(inner, Enumerable.Range(1, 8).Select(i => ($"{i}.txt", 100 * MiB)).ToArray());
        NestedZip(Path.Combine(folder, "bomb-nested.zip"), inner, 10);
        File.Delete(inner);
        // Real work, not a bomb: twelve text reports of 15 MB each (under the reader's 16 MB for text), all read in the background.
        using (var zip = ZipFile.Open(Path.Combine(folder, "large-reports.zip"), ZipArchiveMode.Create))
            for (var i = 1; i <= 12; i++)
            {
                using var entry = new StreamWriter(zip.CreateEntry($"某县第{i}局2025年政府信息公开工作年度报告.txt", CompressionLevel.Fastest).Open(), Encoding.UTF8);
                entry.WriteLine($"某县第{i}局2025年政府信息公开工作年度报告");
                var line = "本机关坚持以人民为中心的发展思想，全面推进政务公开工作，主动公开政府信息。";
                for (long written = 0; written < 15 * MiB; written += Encoding.UTF8.GetByteCount(line) + 1) entry.WriteLine(line);
            }
        // 1,000,000,000 bytes that compress to nothing, as a "PDF".
        using (var big = File.Create(Path.Combine(folder, "huge.pdf")))
        {
            var block = new byte[MiB];
            Random.Shared.NextBytes(block);
            for (long written = 0; written < 1_000_000_000; written += block.Length)
                big.Write(block, 0, (int)Math.Min(block.Length, 1_000_000_000 - written));
        }
        foreach (var file in Directory.GetFiles(folder).Order())
            Console.WriteLine($"{Path.GetFileName(file)}: {new FileInfo(file).Length / (double)MiB:F1} MiB");
    }

    private static void Zip(string path, (string Name, long Bytes)[] entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var zeros = new byte[MiB];
        foreach (var (name, bytes) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            for (long written = 0; written < bytes; written += zeros.Length) stream.Write(zeros, 0, (int)Math.Min(zeros.Length, bytes - written));
        }
    }

    private static void NestedZip(string path, string inner, int copies)
    {
        var middle = path + ".middle";
        using (var zip = ZipFile.Open(middle, ZipArchiveMode.Create))
            for (var i = 1; i <= copies; i++) zip.CreateEntryFromFile(inner, $"中/{i}.zip", CompressionLevel.NoCompression);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            for (var i = 1; i <= copies; i++) zip.CreateEntryFromFile(middle, $"外/{i}.zip", CompressionLevel.NoCompression);
        File.Delete(middle);
    }
}
