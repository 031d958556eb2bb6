using Gongkai.Data;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Approvals;

/// <summary>The head's approvals: extensions the officers asked for (Art. 33).</summary>
public sealed class IndexModel(GongkaiDbContext db, Clock clock, CalendarService calendars) : PageModel
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
        try
        {
            if (request.Version != version) throw new WorkflowException("该申请已被其他人修改过，请核对后再审批。");
            var calendar = await calendars.GetAsync();
            request.ApproveExtension(clock.Today, User.Actor(), calendar, clock.Now);
            request.RefreshDue(calendar, clock.Today);
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (e is WorkflowException or DbUpdateConcurrencyException)
        {
            Error = e is WorkflowException ? e.Message : "该申请刚被其他人修改，审批没有保存，请刷新后重试。";
            Pending = await PendingAsync();
            return Page();
        }
        Done = $"已批准 {request.Number} 延期答复。";
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
