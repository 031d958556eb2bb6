namespace Gongkai.Register;

/// <summary>An item disclosed proactively (主动公开), filed under a category of the agency's catalogue.</summary>
public sealed class Disclosure
{
    private Disclosure() { }

    public Disclosure(int agencyId, string title, string documentNumber, string category, string channel, DateOnly publishedOn, string body = "", string publisher = "")
    {
        AgencyId = agencyId;
        Edit(title, documentNumber, category, channel, publishedOn, body, publisher);
    }

    /// <summary>The officer's edit of the register entry; the search words are refreshed where it is saved.</summary>
    public void Edit(string title, string documentNumber, string category, string channel, DateOnly publishedOn, string body, string publisher)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("标题不能为空。");
        if (string.IsNullOrWhiteSpace(category)) throw new DomainException("目录类别不能为空。");
        Title = Intake.PlainText.Checked("标题", title);
        DocumentNumber = Intake.PlainText.Checked("文号", documentNumber);
        Category = Intake.PlainText.Checked("目录类别", category);
        Channel = Intake.PlainText.Checked("公开渠道", channel);
        PublishedOn = publishedOn;
        Body = Intake.PlainText.Checked("正文", body, multiLine: true);
        Publisher = Intake.PlainText.Checked("发布机构", publisher);
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public string Title { get; private set; } = "";
    public string DocumentNumber { get; private set; } = "";
    public string Category { get; private set; } = "";
    /// <summary>Where it was published: 政府网站, 政务新媒体, 公开栏…</summary>
    public string Channel { get; private set; } = "";
    public DateOnly PublishedOn { get; private set; }
    /// <summary>The text of the information itself, as the reading room shows it.</summary>
    public string Body { get; private set; } = "";
    /// <summary>发布机构, where another than the agency itself (a joint document); empty means the agency.</summary>
    public string Publisher { get; private set; } = "";

    /// <summary>The Chinese words of title, 文号, category and body, space-separated, that the full-text index holds.</summary>
    public string SearchWords { get; private set; } = "";

    /// <summary>What the words are made of; the segmenter sits at the edge, and is applied where the entry is saved.</summary>
    public string IndexedText => string.Join('\n', Title, DocumentNumber, Category, Body);

    public void Index(string words) => SearchWords = words;
}
