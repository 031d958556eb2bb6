namespace Gongkai.Register;

/// <summary>A file published with a disclosure (the document itself, an annex), downloaded from the reading room.</summary>
public sealed class DisclosureFile : IAgencyOwned
{
    private DisclosureFile() { }

    public DisclosureFile(int agencyId, int disclosureId, string fileName, string contentType, byte[] content, DateTimeOffset addedAt)
    {
        (AgencyId, DisclosureId, FileName, ContentType, Content, Size, AddedAt) =
            (agencyId, disclosureId, Intake.UploadRule.Checked(fileName, content), string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, content, content.Length, addedAt);
    }

    public long Id { get; private set; }
    public int AgencyId { get; private set; }
    public int DisclosureId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset AddedAt { get; private set; }
}
