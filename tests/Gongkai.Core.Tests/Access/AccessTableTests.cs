namespace Gongkai.Core.Tests.Access;

/// <summary>The table of DESIGN.md, "Who may do what", as the rules that open accounts read it.</summary>
public sealed class AccessTableTests
{
    [Theory]
    [InlineData(Role.Officer, null)]
    [InlineData(Role.Head, null)]
    [InlineData(Role.Admin, null)]
    [InlineData(Role.Supervisor, "管理员不能开设“政务公开办（监督）”账号")]
    public void An_admin_opens_officers_heads_and_admins_of_its_own_agency_and_never_a_supervisor(Role role, string? refusal)
    {
        var reason = AccessTable.MayOpenAccount([Role.Admin], AgencyRelation.Own, role, agencyHasAdmin: true);
        if (refusal is null) Assert.Null(reason);
        else Assert.StartsWith(refusal, reason);
        Assert.NotNull(AccessTable.MayOpenAccount([Role.Admin], AgencyRelation.Other, Role.Officer, agencyHasAdmin: true));
    }

    [Fact]
    public void A_supervising_office_opens_only_the_first_admin_of_an_agency_below_it()
    {
        Assert.Null(AccessTable.MayOpenAccount([Role.Supervisor], AgencyRelation.Below, Role.Admin, agencyHasAdmin: false));
        Assert.Equal("该机关已有管理员，其他账号由该机关的管理员开设。", AccessTable.MayOpenAccount([Role.Supervisor], AgencyRelation.Below, Role.Admin, agencyHasAdmin: true));
        Assert.NotNull(AccessTable.MayOpenAccount([Role.Supervisor], AgencyRelation.Below, Role.Officer, agencyHasAdmin: false));
        Assert.NotNull(AccessTable.MayOpenAccount([Role.Supervisor], AgencyRelation.Own, Role.Admin, agencyHasAdmin: false));
        Assert.NotNull(AccessTable.MayOpenAccount([Role.Supervisor], AgencyRelation.Other, Role.Admin, agencyHasAdmin: false));
    }

    [Fact]
    public void Only_officers_and_heads_of_the_agency_see_personal_data_and_supervisors_and_admins_sign_in_with_a_second_factor()
    {
        Assert.Equal([Role.Officer, Role.Head], AccessTable.RolesWith(Permission.ViewPersonalData));
        Assert.False(AccessTable.Allows(Role.Officer, Permission.ViewPersonalData, AgencyRelation.Below));
        Assert.True(AccessTable.RequiresTwoFactor([Role.Admin]));
        Assert.True(AccessTable.RequiresTwoFactor([Role.Supervisor]));
        Assert.False(AccessTable.RequiresTwoFactor([Role.Officer, Role.Head]));
    }
}
