using Gongkai.Letters;

namespace Gongkai.Web.Pages.Admin;

/// <summary>The texts of the agency's letters: each shipped template can be replaced, and restored, without code changes.</summary>
public sealed class LettersModel(GongkaiDbContext db, LetterService letters) : PageModel
{
    public List<(LetterTemplate Template, bool Own)> Templates { get; private set; } = [];
    public string? Error { get; private set; }

    [TempData] public string? Done { get; set; }
    [BindProperty] public string Key { get; set; } = "";
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string Body { get; set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var shipped = LetterTemplates.Defaults.SingleOrDefault(t => t.Key == Key);
        if (shipped is null) return NotFound();
        var template = new LetterTemplate(Key, Title, Body);
        var (unknown, missing) = (template.UnknownPlaceholders(), template.MissingPlaceholders());
        if (string.IsNullOrWhiteSpace(Title) || string.IsNullOrWhiteSpace(Body)) Error = "标题和正文都不能为空。";
        else if (unknown.Count > 0) Error = $"正文中有未知的占位符：{string.Join("、", unknown.Select(u => "{{" + u + "}}"))}。可用的占位符见页面下方。";
        else if (missing.Count > 0) Error = $"正文缺少必需的占位符：{string.Join("、", missing.Select(u => "{{" + u + "}}"))}（答复书的决定、依据和救济途径按办理结果生成，不能删去）。";
        if (Error is not null)
        {
            await LoadAsync();
            return Page();
        }
        var agencyId = User.AgencyId();
        var own = await db.LetterTemplates.OfAgency(agencyId).SingleOrDefaultAsync(t => t.Key == Key)
            ?? db.LetterTemplates.Add(new AgencyLetterTemplate(agencyId, Key)).Entity;
        own.Title = Title.Trim();
        own.Body = Body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        await db.SaveChangesAsync();
        Done = $"已保存“{own.Title}”，此后出具的文书使用新的文字。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string key)
    {
        var agencyId = User.AgencyId();
        var own = await db.LetterTemplates.OfAgency(agencyId).SingleOrDefaultAsync(t => t.Key == key);
        if (own is not null)
        {
            db.LetterTemplates.Remove(own);
            await db.SaveChangesAsync();
        }
        Done = "已恢复系统提供的文字。";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var agencyId = User.AgencyId();
        var ownKeys = await db.LetterTemplates.AsNoTracking().OfAgency(agencyId).Select(t => t.Key).ToListAsync();
        Templates = [];
        foreach (var shipped in LetterTemplates.Defaults)
            Templates.Add((await letters.TemplateAsync(agencyId, shipped.Key), ownKeys.Contains(shipped.Key)));
    }
}
