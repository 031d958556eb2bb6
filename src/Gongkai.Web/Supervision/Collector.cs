using Gongkai.Documents.Auditing;
using Gongkai.Supervision;

namespace Gongkai.Web.Supervision;

/// <summary>
/// Takes reports into the supervising office's collection: uploaded files (one by one or in ZIPs), and reports agencies
/// publish in Gongkai. Each becomes a waiting submission; <see cref="CollectionWorker"/> reads them in the background.
/// </summary>
public sealed class Collector(GongkaiDbContext db, Infrastructure.Clock clock, CollectionSignal signal)
{
    /// <summary>The largest upload: a province's reports in one ZIP. The framework buffers it to disk, not memory.</summary>
    public const long MaxUploadBytes = 1L << 30;

    /// <summary>Stores every file of the upload and returns the batch, whose page shows the reading progress.</summary>
    public async Task<UploadBatch> UploadAsync(int supervisorAgencyId, string by, IEnumerable<(string Name, Func<Stream> Open)> files,
        int? year, DateOnly? publishedOn, CancellationToken cancel = default)
    {
        var batch = db.UploadBatches.Add(new UploadBatch(supervisorAgencyId, by, clock.Now, year, publishedOn ?? clock.Today)).Entity;
        await db.SaveChangesAsync(cancel);
        var skipped = new List<string>();
        var count = 0;
        long held = 0;
        foreach (var (name, open) in files)
        {
            await using var stream = await SeekableAsync(open(), cancel);
            foreach (var file in UploadedFiles.Expand(name, stream, skipped.Add))
            {
                db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, file.Name, file.Content, batch.PublishedOn, clock.Now, batchId: batch.Id, year: year));
                count++;
                // Saved as soon as 100 files or 32 MB wait, so memory holds at most that and one more file, whatever the ZIP.
                if ((held += file.Content.Length) >= HeldBytes || count % 100 == 0)
                {
                    await SaveAndForgetAsync(cancel);
                    held = 0;
                }
            }
        }
        batch = (await db.UploadBatches.FindAsync([batch.Id], cancel))!;
        batch.Files = count;
        batch.Skipped = string.Join('\n', skipped.Take(500));
        await db.SaveChangesAsync(cancel);
        signal.Wake();
        return batch;
    }

    /// <summary>A report the agency published in Gongkai goes to its supervising office's collection as published.</summary>
    public async Task SubmitPublishedAsync(int agencyId, int year, string html, CancellationToken cancel = default)
    {
        db.Submissions.Add(new ReportSubmission(SubmissionSource.Generated, $"{year}年度报告（本平台发布）.html",
            System.Text.Encoding.UTF8.GetBytes(html), clock.Today, clock.Now, agencyId, year: year));
        await db.SaveChangesAsync(cancel);
        signal.Wake();
    }

    /// <summary>
    /// The corrected edition of a report returned for correction, as the agency (outside Gongkai) published it and the office
    /// uploads it: it is read and audited as any other, and closes the open round.
    /// </summary>
    public async Task<ReportSubmission> SubmitCorrectionAsync(int agencyId, int year, string fileName, byte[] document, DateOnly publishedOn, CancellationToken cancel = default)
    {
        var submission = db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, fileName, document, publishedOn, clock.Now, agencyId, year: year)).Entity;
        await db.SaveChangesAsync(cancel);
        signal.Wake();
        return submission;
    }

    private const long HeldBytes = 32L * 1024 * 1024;

    /// <summary>The upload as a stream that can seek (the framework's buffer on disk is one); another is spooled to a temporary file.</summary>
    private static async Task<Stream> SeekableAsync(Stream stream, CancellationToken cancel)
    {
        if (stream.CanSeek) return stream;
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await using (stream) await stream.CopyToAsync(spool, cancel);
        spool.Position = 0;
        return spool;
    }

    /// <summary>Whether the disk holding the temporary files has room for an upload of this size (stored once more in the database).</summary>
    public static bool HasRoomFor(long bytes)
    {
        var drive = new DriveInfo(Path.GetPathRoot(Path.GetFullPath(Path.GetTempPath()))!);
        return drive.AvailableFreeSpace > 3 * bytes + (256L << 20);
    }

    private async Task SaveAndForgetAsync(CancellationToken cancel)
    {
        await db.SaveChangesAsync(cancel);
        db.ChangeTracker.Clear();
    }
}
