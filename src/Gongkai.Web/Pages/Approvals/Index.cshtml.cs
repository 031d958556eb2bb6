using Gongkai.Data;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Approvals;

/// <summary>The head's approvals: extensions the officers asked for (Art. 33).</summary>
public sealed class IndexModel(GongkaiDbContext db, RequestSteps steps) : PageModel
{
    public List<InformationRequest> Pending { get; private set; } = [];
    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync() => Pending = await PendingAsync();

    public async Task<IActionResult> OnPostApproveAsync(long id, int version)
    {
        var agencyId = User.AgencyId();
        var request = await db.Requests.Include(r => r.History).SingleOrDefaultAsync(r => r.Id == id && r.AgencyId == agencyId);
        if (request is null) return NotFound();
        var (result, message) = await steps.ApproveExtensionAsync(request, version, User.Actor());
        if (result != StepResult.Done)
        {
            Error = message;
            Pending = await PendingAsync();
            return Page();
        }
        Done = $"已批准 {request.Number} 延期答复，延期答复告知书已出具。";
        return RedirectToPage();
    }

    private Task<List<InformationRequest>> PendingAsync()
    {
        var agencyId = User.AgencyId();
        return db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.ExtensionRequested && !r.Extended && r.DueOn != null)
            .Include(r => r.History).OrderBy(r => r.DueOn).ToListAsync();
    }
}
