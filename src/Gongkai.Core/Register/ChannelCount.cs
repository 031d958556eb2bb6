namespace Gongkai.Register;

/// <summary>
/// A month's count of items an agency published through a channel outside Gongkai (its 微信公众号, 政务微博, 公示栏, the
/// 双公示 system…), entered as the decision counts are, so section 一 states every channel ("微信公众号120条").
/// </summary>
public sealed class ChannelCount : Reports.ICountedInReport, IAgencyOwned
{
    private ChannelCount() { }

    public ChannelCount(int agencyId, string channel, int year, int month)
    {
        channel = Intake.PlainText.Checked("发布渠道", channel);
        if (channel.Length == 0) throw new DomainException("请填写发布渠道（如：微信公众号）。");
        if (channel.Length > MaxChannel) throw new DomainException($"“发布渠道”不能超过{MaxChannel}字。");
        if (month is < 1 or > 12) throw new DomainException("月份应为1到12。");
        (AgencyId, Channel, Year, Month) = (agencyId, channel, year, month);
    }

    public const int MaxChannel = 50;

    /// <summary>The channels the reports name most; an agency may enter any other.</summary>
    public static IReadOnlyList<string> Usual { get; } = ["政府网站", "微信公众号", "政务微博", "视频号", "抖音号", "公示栏", "“双公示”系统", "政务服务平台"];

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public string Channel { get; private set; } = "";
    public int Year { get; private set; }
    public int Month { get; private set; }
    public int Items { get; private set; }

    public object? PartIn(int year) => year == Year ? (Channel, Month, Items) : null;

    public void Set(int items)
    {
        if (items < 0) throw new DomainException($"发布条数不能为负数（填写的是{items}）。");
        Items = items;
    }
}
