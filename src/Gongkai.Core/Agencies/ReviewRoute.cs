namespace Gongkai.Agencies;

/// <summary>Which body reviews the agency's decisions (行政复议法 Art. 24, 27), so that each reply names it correctly.</summary>
public enum ReviewRoute
{
    /// <summary>A department of a county or city government: the people's government at the same level.</summary>
    Department,
    /// <summary>A people's government's own decision: the next-higher people's government.</summary>
    Government,
    /// <summary>Customs, tax, financial regulation, foreign exchange, state security: the next-higher department.</summary>
    VerticallyManaged,
}

public static class ReviewRoutes
{
    public static string Label(this ReviewRoute route) => route switch
    {
        ReviewRoute.Department => "县级以上人民政府工作部门：向本级人民政府申请行政复议",
        ReviewRoute.Government => "人民政府：向上一级人民政府申请行政复议",
        ReviewRoute.VerticallyManaged => "实行垂直领导的机关（海关、金融、外汇管理、税务、国家安全等）：向上一级主管部门申请行政复议",
    };

    private static readonly string[] Generic = ["本级人民政府", "上一级人民政府", "上级人民政府", "上一级主管部门", "上级主管部门", "复议机关", "行政复议机关"];

    /// <summary>Why <paramref name="body"/> cannot be named on a reply of <paramref name="agency"/>, or null.</summary>
    public static string? Problem(this ReviewRoute route, string agency, string body)
    {
        body = body.Trim();
        if (body.Length == 0)
            return "请填写受理行政复议的机关：答复书须写明，否则申请人申请行政复议的期限延长至一年（行政复议法第二十条第三款）。";
        if (Generic.Contains(body))
            return $"“{body}”不是机关的名称：请写明受理行政复议的机关的全称（如“某某县人民政府”）。";
        if (body == agency.Trim())
            return "受理行政复议的机关不能是本机关。";
        var government = body.EndsWith("人民政府", StringComparison.Ordinal);
        return route switch
        {
            ReviewRoute.Department or ReviewRoute.Government when !government =>
                $"“{body}”不是人民政府：{route.Label()}（行政复议法第二十四条）。",
            ReviewRoute.VerticallyManaged when government =>
                $"实行垂直领导的机关的行政复议机关是上一级主管部门，不是“{body}”（行政复议法第二十七条）。",
            _ => null,
        };
    }
}
