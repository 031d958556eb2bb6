namespace Gongkai.Requests;

public enum RequestFilePurpose
{
    /// <summary>The information itself, provided with a reply (予以公开, 部分公开).</summary>
    ReplyAttachment,
    /// <summary>What the applicant sent to correct the application (补正材料).</summary>
    CorrectionMaterial,
}

/// <summary>A file kept with a request: the information provided with the reply, or the applicant's correction material.</summary>
public sealed class RequestFile : IAgencyOwned
{
    public const long MaxBytes = Intake.UploadRule.MaxBytes;

    private RequestFile() { }

    public RequestFile(int agencyId, long requestId, RequestFilePurpose purpose, string fileName, string contentType, byte[] content, string addedBy, DateTimeOffset addedAt)
    {
        fileName = Intake.UploadRule.Checked(fileName, content);
        (AgencyId, RequestId, Purpose, FileName, ContentType, Content, Size, AddedBy, AddedAt) =
            (agencyId, requestId, purpose, fileName, string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, content, content.Length, addedBy, addedAt);
    }

    /// <summary>A file as a list shows it: name, size and date, without its content.</summary>
    public static RequestFile Listed(long id, string fileName, long size, RequestFilePurpose purpose, DateTimeOffset addedAt) =>
        new() { Id = id, FileName = fileName, Size = size, Purpose = purpose, AddedAt = addedAt };

    public long Id { get; private set; }
    public int AgencyId { get; private set; }
    public long RequestId { get; private set; }
    public RequestFilePurpose Purpose { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] Content { get; private set; } = [];
    public string AddedBy { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }

    public string SizeText => Intake.UploadRule.SizeText(Size);
}
