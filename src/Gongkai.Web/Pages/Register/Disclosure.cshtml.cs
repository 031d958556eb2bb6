using Gongkai.Register;

namespace Gongkai.Web.Pages.Register;

/// <summary>One entry of the register of proactive disclosures: its particulars, text and files, as the reading room shows them.</summary>
public sealed class DisclosureModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public Disclosure Item { get; private set; } = null!;
    public List<string> Categories { get; private set; } = [];
    public List<(long Id, string FileName)> Files { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public string Category { get; set; } = "";
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public DateOnly PublishedOn { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Opinion { get; set; }
    /// <summary>The stages the signed-in person decides; the review form shows where the current stage is one of them.</summary>
    public IReadOnlyList<ReviewStage> Duties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        (Title, DocumentNumber, Category, Channel, PublishedOn, Body, Publisher) =
            (Item.Title, Item.DocumentNumber, Item.Category, Item.Channel, Item.PublishedOn, Item.Body, Item.Publisher);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id) => await ChangeAsync(id, "已保存。", item =>
    {
        item.Correct(Title, DocumentNumber ?? "", Category, Channel ?? "", PublishedOn, Body ?? "", Publisher ?? "", Reason ?? "", User.DisplayName(), clock.Now);
        return Task.CompletedTask;
    });

    public async Task<IActionResult> OnPostSubmitAsync(int id) => await ChangeAsync(id, "已送审。", async item =>
    {
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == item.AgencyId);
        item.Submit(DisclosureReviews.Parse(agency.DisclosureStages), User.DisplayName(), clock.Now);
    });

    public async Task<IActionResult> OnPostReviewAsync(int id, bool approve) => await ChangeAsync(id, approve ? "已审核通过。" : "已退回。", async item =>
        item.Review(User.DisplayName(), await Gongkai.Web.Disclosures.ReviewDuties.OfAsync(db, User), approve, Opinion, clock.Now));

    public async Task<IActionResult> OnPostWithdrawAsync(int id) => await ChangeAsync(id, "已撤回。", item =>
    {
        item.Withdraw(Reason ?? "", User.DisplayName(), clock.Now);
        return Task.CompletedTask;
    });

    public async Task<IActionResult> OnPostAttachAsync(int id, List<IFormFile> files) => await ChangeAsync(id, $"已添加{files.Count}个附件。", async item =>
    {
        if (files.Count == 0) throw new DomainException("请选择要添加的附件。");
        foreach (var upload in files)
            db.DisclosureFiles.Add(new DisclosureFile(item.AgencyId, item.Id, upload.FileName, upload.ContentType, await Gongkai.Web.Requests.RequestFiles.BytesAsync(upload), clock.Now));
    });

    public async Task<IActionResult> OnPostDetachAsync(int id, long fileId) => await ChangeAsync(id, "已删除附件。", async item =>
    {
        var file = await db.DisclosureFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.DisclosureId == item.Id) ?? throw new DomainException("没有这个附件。");
        db.DisclosureFiles.Remove(file);
    });

    private async Task<IActionResult> ChangeAsync(int id, string done, Func<Disclosure, Task> change)
    {
        var agencyId = User.AgencyId();
        var item = await db.Disclosures.OfAgency(agencyId).SingleOrDefaultAsync(d => d.Id == id);
        if (item is null) return NotFound();
        try
        {
            await change(item);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", e.Message);
            await LoadAsync(id);
            return Page();
        }
        Done = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var agencyId = User.AgencyId();
        var item = await db.Disclosures.OfAgency(agencyId).AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (item is null) return false;
        Item = item;
        Duties = await Gongkai.Web.Disclosures.ReviewDuties.OfAsync(db, User);
        Categories = await db.CatalogueCategories.AsNoTracking().OfAgency(agencyId).OrderBy(c => c.Order).Select(c => c.Name).ToListAsync();
        Files = (await db.DisclosureFiles.AsNoTracking().Where(f => f.DisclosureId == id).OrderBy(f => f.Id).Select(f => new { f.Id, f.FileName }).ToListAsync())
            .Select(f => (f.Id, f.FileName)).ToList();
        return true;
    }
}
