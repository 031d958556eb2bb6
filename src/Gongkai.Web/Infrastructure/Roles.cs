using System.Security.Claims;
using Gongkai.Requests;

namespace Gongkai.Web.Infrastructure;

public static class Roles
{
    public const string Officer = "officer";
    public const string Head = "head";
    public const string Admin = "admin";
    /// <summary>The supervising open-government office (政务公开办): sees the reports of its agency and all below it.</summary>
    public const string Supervisor = "supervisor";
    public const string StaffPolicy = "staff";
    public const string HeadPolicy = "head";
    public const string AdminPolicy = "admin";
    public const string SupervisorPolicy = "supervisor";
    public const string AgencyClaim = "gongkai:agency";
    public const string DisplayNameClaim = "gongkai:name";

    public static IReadOnlyList<(string Role, string Label)> All { get; } = [(Officer, "信息公开工作人员"), (Head, "审核人（负责人）"), (Admin, "管理员"), (Supervisor, "政务公开办（监督）")];

    public static int AgencyId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(AgencyClaim) ?? throw new InvalidOperationException("The account has no agency."), System.Globalization.CultureInfo.InvariantCulture);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";

    /// <summary>The person acting on a request, with the role the workflow checks.</summary>
    public static Actor Actor(this ClaimsPrincipal user) =>
        new(user.DisplayName(), user.IsInRole(Head) ? Role.Head : user.IsInRole(Admin) && !user.IsInRole(Officer) ? Role.Admin : Role.Officer);
}
