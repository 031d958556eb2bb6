using System.Text.RegularExpressions;
using Gongkai.Agencies;

namespace Gongkai.Supervision;

/// <summary>Where an agency a report names, but the directory does not hold, would stand: its parent and level, for the office to confirm.</summary>
public sealed record AgencyProposal(string Name, int ParentId, AgencyLevel Level);

/// <summary>
/// A proposal from the name alone, as Chinese agencies are named: a place and its kind of body ("示例县" + "财政局",
/// "示例县城关镇" + "人民政府"). The parent is the government of the longest place of the subtree that begins the name
/// ("示例县城关镇卫生院" below 城关镇, "示例县财政局" below 示例县), else the office itself; a 人民政府 takes the level of
/// its place (镇 a township, 县 a county), any other body is a department.
/// </summary>
public static partial class AgencyProposals
{
    public static AgencyProposal Propose(string name, IReadOnlyList<AgencyNode> subtree, int rootId)
    {
        var key = AgencyDirectory.Key(name);
        var parent = subtree
            .Select(a => (Agency: a, Place: Place(a.Name)))
            .Where(a => a.Place is { Length: >= 2 } && key.StartsWith(AgencyDirectory.Key(a.Place), StringComparison.Ordinal)
                && key != AgencyDirectory.Key(a.Agency.Name) && IsGovernment(a.Agency))
            // The place that begins the name the most; the new body is not its own place's government.
            .Where(a => !(IsGovernmentName(name) && AgencyDirectory.Key(Place(name) ?? "") == AgencyDirectory.Key(a.Place!)))
            .OrderByDescending(a => a.Place!.Length).Select(a => (int?)a.Agency.Id).FirstOrDefault();
        return new AgencyProposal(name.Trim(), parent ?? rootId, LevelOf(name));
    }

    /// <summary>The level a name says: a 人民政府 (or 政府办公室) by its place's kind, anything else a department.</summary>
    public static AgencyLevel LevelOf(string name)
    {
        if (!IsGovernmentName(name) || Place(name) is not { } place) return AgencyLevel.Department;
        return place[^1] switch
        {
            '镇' or '乡' => AgencyLevel.Township,
            '道' => AgencyLevel.Township, // 街道
            '县' or '旗' or '区' => AgencyLevel.County,
            '市' or '州' or '盟' => AgencyLevel.City,
            _ => AgencyLevel.Province,
        };
    }

    private static bool IsGovernment(AgencyNode agency) => agency.Level != AgencyLevel.Department || IsGovernmentName(agency.Name);

    private static bool IsGovernmentName(string name) => name.Contains("人民政府", StringComparison.Ordinal);

    /// <summary>The place a name begins with, down to its smallest unit: "示例县城关镇" of "示例县城关镇人民政府".</summary>
    private static string? Place(string name)
    {
        var match = PlacePattern().Match(name.Trim());
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(@"^(?:[^省市县区镇乡旗州盟]{1,12}?(?:省|自治区|市|自治州|州|盟|自治县|县|旗|区|街道|镇|乡))+")]
    private static partial Regex PlacePattern();
}
