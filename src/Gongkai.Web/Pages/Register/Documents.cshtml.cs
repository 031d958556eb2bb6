using Gongkai.Requests;
using System.ComponentModel.DataAnnotations;
using Gongkai.Register;
using Gongkai.Reports;

namespace Gongkai.Web.Pages.Register;

/// <summary>Rules and normative documents with their issue and repeal dates; the year's counts for table 二 follow from them.</summary>
public sealed class DocumentsModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public List<NormativeDocument> Items { get; private set; } = [];
    public int Year { get; private set; }
    public DocumentCounts Regulations { get; } = new();
    public DocumentCounts Normative { get; } = new();
    public string? Error { get; private set; }

    [BindProperty] public NormativeKind Kind { get; set; } = NormativeKind.NormativeDocument;
    [BindProperty, Required(ErrorMessage = "请填写文件标题。"), StringLength(500, ErrorMessage = "标题不能超过500字。")]
    public string Title { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请填写文号。"), StringLength(100, ErrorMessage = "文号不能超过100字。")]
    public string DocumentNumber { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请填写制发日期。")]
    public DateOnly? IssuedOn { get; set; }

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                db.NormativeDocuments.Add(new NormativeDocument(User.AgencyId(), Kind, Title, DocumentNumber, IssuedOn!.Value));
                await db.SaveChangesAsync();
                return RedirectToPage();
            }
            catch (DomainException e)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError("", e.Message);
            }
        }
        await LoadAsync(null);
        return Page();
    }

    public async Task<IActionResult> OnPostRepealAsync(int id, DateOnly? repealedOn)
    {
        var agencyId = User.AgencyId();
        var document = await db.NormativeDocuments.OfAgency(agencyId).SingleOrDefaultAsync(d => d.Id == id);
        if (document is null) return NotFound();
        try
        {
            document.Repeal(repealedOn ?? clock.Today);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadAsync(null);
            return Page();
        }
        return RedirectToPage();
    }

    private async Task LoadAsync(int? year)
    {
        var agencyId = User.AgencyId();
        Year = year ?? clock.Today.Year;
        Items = await db.NormativeDocuments.AsNoTracking().OfAgency(agencyId).OrderByDescending(d => d.IssuedOn).ToListAsync();
        NormativeDocument.Count(Items, NormativeKind.Regulation, Year, Regulations);
        NormativeDocument.Count(Items, NormativeKind.NormativeDocument, Year, Normative);
        IssuedOn ??= clock.Today;
    }
}
