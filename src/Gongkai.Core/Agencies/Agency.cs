namespace Gongkai.Agencies;

/// <summary>An agency that discloses information and answers requests: its profile goes on its letters and reports.</summary>
public sealed class Agency
{
    private Agency() { }

    public Agency(string name, bool isDemo = false, int? parentId = null, AgencyLevel level = AgencyLevel.Department)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("机关名称不能为空。");
        Name = name.Trim();
        IsDemo = isDemo;
        ParentId = parentId;
        Level = level;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>A demo agency holds invented data and is marked as such on every page.</summary>
    public bool IsDemo { get; private set; }
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    /// <summary>The prefix of its request numbers and letters ("示卫公开").</summary>
    public string NumberPrefix { get; set; } = "";
    /// <summary>
    /// Where an applicant asks for administrative review of a reply: since 2024-01-01 the people's government at the same
    /// level for a county or city department (RULES.md); named on every reply letter.
    /// </summary>
    public string ReviewBody { get; set; } = "本级人民政府";

    /// <summary>The supervising agency, for the hierarchy of supervision.</summary>
    public int? ParentId { get; set; }
    public AgencyLevel Level { get; set; }
}
