namespace Gongkai.Requests;

public enum RequestFilePurpose
{
    /// <summary>The information itself, provided with a reply (予以公开, 部分公开).</summary>
    ReplyAttachment,
    /// <summary>What the applicant sent to correct the application (补正材料).</summary>
    CorrectionMaterial,
}

/// <summary>A file kept with a request: the information provided with the reply, or the applicant's correction material.</summary>
public sealed class RequestFile
{
    /// <summary>20 MB: a scanned document of some dozens of pages; larger information goes by post or in person.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly string[] Extensions = [".pdf", ".ofd", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".txt", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".zip"];

    private RequestFile() { }

    public RequestFile(int agencyId, long requestId, RequestFilePurpose purpose, string fileName, string contentType, byte[] content, string addedBy, DateTimeOffset addedAt)
    {
        fileName = Intake.PlainText.Checked("文件名", Path.GetFileName(fileName ?? ""));
        if (fileName.Length == 0) throw new DomainException("文件没有名称。");
        if (fileName.Length > 200) throw new DomainException($"文件名“{fileName[..40]}…”超过200字。");
        if (!Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()))
            throw new DomainException($"文件“{fileName}”的类型不能上传；可以上传PDF、OFD、Word、WPS、Excel、文本、图片（JPG、PNG、TIFF）或ZIP压缩包。");
        if (content.Length == 0) throw new DomainException($"文件“{fileName}”是空的。");
        if (content.Length > MaxBytes) throw new DomainException($"文件“{fileName}”超过20MB；更大的信息请以邮寄或当面方式提供。");
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

    public string SizeText => Size < 1024 * 1024 ? $"{Math.Max(1, Size / 1024)}KB" : $"{Size / 1024.0 / 1024:0.#}MB";
}
