namespace Gongkai.Intake;

/// <summary>What a file attached to a request or a disclosure may be: a document, a picture or a ZIP, up to 20 MB.</summary>
public static class UploadRule
{
    /// <summary>20 MB: a scanned document of some dozens of pages; larger information goes by post or in person.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly string[] Extensions = [".pdf", ".ofd", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".txt", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".zip"];

    /// <summary>The file's name as kept, or a refusal naming the file and the reason.</summary>
    public static string Checked(string? fileName, byte[] content)
    {
        var name = PlainText.Checked("文件名", Path.GetFileName(fileName ?? ""));
        if (name.Length == 0) throw new DomainException("文件没有名称。");
        if (name.Length > 200) throw new DomainException($"文件名“{name[..40]}…”超过200字。");
        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            throw new DomainException($"文件“{name}”的类型不能上传；可以上传PDF、OFD、Word、WPS、Excel、文本、图片（JPG、PNG、TIFF）或ZIP压缩包。");
        if (content.Length == 0) throw new DomainException($"文件“{name}”是空的。");
        if (content.Length > MaxBytes) throw new DomainException($"文件“{name}”超过20MB；更大的信息请以邮寄或当面方式提供。");
        return name;
    }

    /// <summary>A file's size as a list shows it: "12KB", "3.4MB".</summary>
    public static string SizeText(long size) => size < 1024 * 1024 ? $"{Math.Max(1, size / 1024)}KB" : $"{size / 1024.0 / 1024:0.#}MB";
}
