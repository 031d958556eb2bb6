namespace Gongkai.Register;

/// <summary>A category of the agency's proactive-disclosure catalogue (主动公开目录), which the admin maintains.</summary>
public sealed class CatalogueCategory : IAgencyOwned
{
    private CatalogueCategory() { }

    public CatalogueCategory(int agencyId, string name, int order)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("类别名称不能为空。");
        AgencyId = agencyId;
        Name = name.Trim();
        Order = order;
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public string Name { get; private set; } = "";
    public int Order { get; private set; }
}
