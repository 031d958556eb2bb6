namespace Gongkai.Supervision;

/// <summary>
/// One upload of published reports by a supervising office: many files or a ZIP, each becoming a submission that is
/// read in the background; the batch page follows their progress.
/// </summary>
public sealed class UploadBatch
{
    private UploadBatch() { }

    public UploadBatch(int supervisorAgencyId, string by, DateTimeOffset createdAt, int? year, DateOnly publishedOn)
    {
        SupervisorAgencyId = supervisorAgencyId;
        By = by;
        CreatedAt = createdAt;
        Year = year;
        PublishedOn = publishedOn;
    }

    public int Id { get; private set; }
    public int SupervisorAgencyId { get; private set; }
    public string By { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>The year for reports that do not state theirs.</summary>
    public int? Year { get; private set; }
    /// <summary>The publication date of the reports, as the office recorded it.</summary>
    public DateOnly PublishedOn { get; private set; }
    public int Files { get; set; }
    /// <summary>Files of the upload that were refused before reading (too large, not a report's kind), with reasons.</summary>
    public string Skipped { get; set; } = "";
}
