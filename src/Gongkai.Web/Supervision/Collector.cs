using Gongkai.Data;
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
        int? year, DateOnly? publishedOn, bool createMissingAgencies, CancellationToken cancel = default)
    {
        var batch = db.UploadBatches.Add(new UploadBatch(supervisorAgencyId, by, clock.Now, year, publishedOn ?? clock.Today, createMissingAgencies)).Entity;
        await db.SaveChangesAsync(cancel);
        var skipped = new List<string>();
        var count = 0;
        foreach (var (name, open) in files)
        {
            byte[] content;
            await using (var stream = open())
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, cancel);
                content = buffer.ToArray();
            }
            foreach (var file in UploadedFiles.Expand(name, content, skipped.Add))
            {
                db.Submissions.Add(new ReportSubmission(SubmissionSource.Uploaded, file.Name, file.Content, batch.PublishedOn, clock.Now, batchId: batch.Id, year: year));
                // Saved in small groups, so a ZIP of thousands is never held whole by the change tracker.
                if (++count % 100 == 0) await SaveAndForgetAsync(cancel);
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

    private async Task SaveAndForgetAsync(CancellationToken cancel)
    {
        await db.SaveChangesAsync(cancel);
        db.ChangeTracker.Clear();
    }
}
