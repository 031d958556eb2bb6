namespace Gongkai.Web.Pages.Admin;

/// <summary>The accounts of the admin's agency: new ones with a role the access table lets an admin give, and changes to each.</summary>
public sealed class UsersModel(Accounts accounts) : PageModel
{
    public List<(User User, IList<string> Roles)> Existing { get; private set; } = [];

    /// <summary>The roles this account may give here.</summary>
    public IReadOnlyList<Role> Openable => Enum.GetValues<Role>()
        .Where(r => AccessTable.MayOpenAccount(User.StaffRoles(), AgencyRelation.Own, r, agencyHasAdmin: true) is null).ToList();

    [BindProperty] public NewAccount Account { get; set; } = new();
    [BindProperty] public string Role { get; set; } = Gongkai.Access.Role.Officer.Key();
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync() => Existing = await accounts.OfAgencyAsync(User.AgencyId());

    public async Task<IActionResult> OnPostAsync()
    {
        if (RoleNames.FromKey(Role) is not { } role) ModelState.AddModelError(nameof(Role), "请选择角色。");
        else if (ModelState.IsValid)
            return await DoneOrPageAsync(await accounts.OpenAsync(User, User.AgencyId(), AgencyRelation.Own, Account, role), $"已开设账号{Account.Email.Trim()}。");
        return await DoneOrPageAsync(null, "");
    }

    public async Task<IActionResult> OnPostDisableAsync(string id) => await ChangeAsync(await accounts.DisableAsync(User, id, disable: true), "已停用该账号。");

    public async Task<IActionResult> OnPostEnableAsync(string id) => await ChangeAsync(await accounts.DisableAsync(User, id, disable: false), "已启用该账号。");

    public async Task<IActionResult> OnPostResetAsync(string id, string? password) =>
        await ChangeAsync(await accounts.ResetPasswordAsync(User, id, password ?? ""), "已重置密码，该用户下次登录时须修改密码。");

    public async Task<IActionResult> OnPostRoleAsync(string id, string? role) =>
        await ChangeAsync(RoleNames.FromKey(role) is { } r ? await accounts.ChangeRoleAsync(User, id, r) : ["请选择角色。"], "已变更角色。");

    public async Task<IActionResult> OnPostDutiesAsync(string id, List<Gongkai.Register.ReviewStage> duties) =>
        await ChangeAsync(await accounts.SetReviewDutiesAsync(User, id, duties), "已设置审核职责。");

    private async Task<IActionResult> ChangeAsync(IReadOnlyList<string>? errors, string done)
    {
        ModelState.Clear();
        return await DoneOrPageAsync(errors, done);
    }

    private async Task<IActionResult> DoneOrPageAsync(IReadOnlyList<string>? errors, string done)
    {
        if (errors is { Count: 0 })
        {
            Done = done;
            return RedirectToPage();
        }
        foreach (var error in errors ?? []) ModelState.AddModelError("", error);
        Existing = await accounts.OfAgencyAsync(User.AgencyId());
        return Page();
    }
}
