namespace Gongkai.Register;

/// <summary>An item disclosed proactively (主动公开), filed under a category of the agency's catalogue.</summary>
public sealed class Disclosure
{
    private Disclosure() { }

    public Disclosure(int agencyId, string title, string documentNumber, string category, string channel, DateOnly publishedOn)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("标题不能为空。");
        if (string.IsNullOrWhiteSpace(category)) throw new DomainException("目录类别不能为空。");
        AgencyId = agencyId;
        Title = title.Trim();
        DocumentNumber = documentNumber.Trim();
        Category = category.Trim();
        Channel = channel.Trim();
        PublishedOn = publishedOn;
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public string Title { get; private set; } = "";
    public string DocumentNumber { get; private set; } = "";
    public string Category { get; private set; } = "";
    /// <summary>Where it was published: 政府网站, 政务新媒体, 公开栏…</summary>
    public string Channel { get; private set; } = "";
    public DateOnly PublishedOn { get; private set; }
}
