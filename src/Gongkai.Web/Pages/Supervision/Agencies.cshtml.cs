using System.ComponentModel.DataAnnotations;
using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>The directory of the agencies below the office: the hierarchy reports are matched against by name.</summary>
public sealed class AgenciesModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    [BindProperty, Required(ErrorMessage = "请填写机关名称。"), StringLength(200, ErrorMessage = "机关名称不能超过200字。")]
    public string Name { get; set; } = "";
    [BindProperty] public int ParentId { get; set; }
    [BindProperty] public AgencyLevel Level { get; set; } = AgencyLevel.Department;
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!Supervises(ParentId)) ModelState.AddModelError(nameof(ParentId), "上级机关须是本机关或其下辖机关。");
        var name = Name.Trim();
        if (ModelState.IsValid && Tree.Subtree(RootId).Any(a => a.Name == name)) ModelState.AddModelError(nameof(Name), $"本辖区已有名为“{name}”的机关。");
        if (!ModelState.IsValid) return Page();
        var parent = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == ParentId);
        db.Agencies.Add(new Agency(name, parent.IsDemo, ParentId, Level));
        await db.SaveChangesAsync();
        Done = $"已添加“{name}”。";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        await ScopeAsync(null, null);
        if (ParentId == 0) ParentId = RootId;
    }
}
