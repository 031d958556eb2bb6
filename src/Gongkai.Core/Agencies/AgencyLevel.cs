namespace Gongkai.Agencies;

/// <summary>Where an agency stands in the hierarchy of supervision (province → city → county → department or township).</summary>
public enum AgencyLevel
{
    Department,
    Township,
    County,
    City,
    Province,
}

public static class AgencyLevels
{
    public static string Label(this AgencyLevel level) => level switch
    {
        AgencyLevel.Province => "省级",
        AgencyLevel.City => "市级",
        AgencyLevel.County => "县级",
        AgencyLevel.Township => "乡镇（街道）",
        AgencyLevel.Department => "部门",
    };
}
