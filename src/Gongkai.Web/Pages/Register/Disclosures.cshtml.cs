using System.ComponentModel.DataAnnotations;
using Gongkai.Register;

namespace Gongkai.Web.Pages.Register;

/// <summary>The register of proactive disclosures, filed under the agency's catalogue.</summary>
public sealed class DisclosuresModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public List<Disclosure> Items { get; private set; } = [];
    public List<string> Categories { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "请填写标题。"), StringLength(500, ErrorMessage = "标题不能超过500字。")]
    public string Title { get; set; } = "";
    [BindProperty, StringLength(100, ErrorMessage = "文号不能超过100字。")]
    public string? DocumentNumber { get; set; }
    [BindProperty, Required(ErrorMessage = "请选择目录类别。")]
    public string Category { get; set; } = "";
    [BindProperty]
    public string Channel { get; set; } = "政府网站";
    [BindProperty, Required(ErrorMessage = "请填写公开日期。")]
    public DateOnly? PublishedOn { get; set; }
    [BindProperty, StringLength(100_000, ErrorMessage = "正文不能超过10万字。")]
    public string? Body { get; set; }
    [BindProperty, StringLength(200, ErrorMessage = "发布机构不能超过200字。")]
    public string? Publisher { get; set; }
    /// <summary>Drafted here and published after the agency's review stages, rather than registered as already published.</summary>
    [BindProperty] public bool ForReview { get; set; }
    [BindProperty] public DisclosureAttribute Attribute { get; set; }
    [BindProperty] public string? AttributeGround { get; set; }

    public async Task OnGetAsync()
    {
        PublishedOn = clock.Today;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        Disclosure item;
        try
        {
            // Every file is read and checked before anything is stored, so a refused file leaves no entry behind.
            var uploads = new List<(IFormFile File, byte[] Content)>();
            foreach (var upload in files)
            {
                var content = await Gongkai.Web.Requests.RequestFiles.BytesAsync(upload);
                Gongkai.Intake.UploadRule.Checked(upload.FileName, content);
                uploads.Add((upload, content));
            }
            item = db.Disclosures.Add(ForReview
                ? Disclosure.Draft(User.AgencyId(), Title, DocumentNumber ?? "", Category, Channel, Body ?? "", Publisher ?? "", Attribute, AttributeGround, User.DisplayName(), clock.Now)
                : new Disclosure(User.AgencyId(), Title, DocumentNumber ?? "", Category, Channel, PublishedOn!.Value, Body ?? "", Publisher ?? "")).Entity;
            await db.SaveChangesAsync();
            foreach (var (upload, content) in uploads)
                db.DisclosureFiles.Add(new DisclosureFile(item.AgencyId, item.Id, upload.FileName, upload.ContentType, content, clock.Now));
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("files", e.Message);
            await LoadAsync();
            return Page();
        }
        return ForReview ? RedirectToPage("Disclosure", new { id = item.Id }) : RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var agencyId = User.AgencyId();
        Items = await db.Disclosures.AsNoTracking().OfAgency(agencyId).OrderByDescending(d => d.PublishedOn).Take(500).ToListAsync();
        Categories = await db.CatalogueCategories.AsNoTracking().OfAgency(agencyId).OrderBy(c => c.Order).Select(c => c.Name).ToListAsync();
    }
}
