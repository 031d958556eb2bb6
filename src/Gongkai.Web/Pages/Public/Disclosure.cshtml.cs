using Gongkai.Register;

namespace Gongkai.Web.Pages.Public;

/// <summary>One disclosure as the reading room shows it: its particulars, its text and its files.</summary>
public sealed class DisclosureModel(GongkaiDbContext db) : PageModel
{
    public Disclosure Item { get; private set; } = null!;
    public Agencies.Agency Agency { get; private set; } = null!;
    public List<(long Id, string FileName, long Size)> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var item = await db.Disclosures.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (item is null || !item.IsPublic) return NotFound();
        Item = item;
        Agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == item.AgencyId);
        Files = (await db.DisclosureFiles.AsNoTracking().Where(f => f.DisclosureId == id).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.FileName, f.Size }).ToListAsync()).Select(f => (f.Id, f.FileName, f.Size)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id, long fileId)
    {
        var file = await db.Disclosures.AnyAsync(d => d.Id == id && d.State == DisclosureState.Published && d.Attribute == DisclosureAttribute.Proactive)
            ? await db.DisclosureFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.DisclosureId == id) : null;
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
