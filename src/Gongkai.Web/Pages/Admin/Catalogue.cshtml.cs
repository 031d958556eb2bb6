using System.ComponentModel.DataAnnotations;
using Gongkai.Register;

namespace Gongkai.Web.Pages.Admin;

/// <summary>The categories of the agency's proactive-disclosure catalogue.</summary>
public sealed class CatalogueModel(GongkaiDbContext db) : PageModel
{
    public List<CatalogueCategory> Categories { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "请填写类别名称。"), StringLength(100, ErrorMessage = "类别名称不能超过100字。")]
    public string Name { get; set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Name = (Name ?? "").Trim();
        if (Categories.Any(c => c.Name == Name)) ModelState.AddModelError(nameof(Name), $"类别“{Name}”已存在。");
        if (!ModelState.IsValid) return Page();
        db.CatalogueCategories.Add(new CatalogueCategory(User.AgencyId(), Name, Categories.Count + 1));
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var agencyId = User.AgencyId();
        Categories = await db.CatalogueCategories.AsNoTracking().OfAgency(agencyId).OrderBy(c => c.Order).ToListAsync();
    }
}
