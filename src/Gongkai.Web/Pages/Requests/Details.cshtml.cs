using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Requests;

/// <summary>One request: the applicant in full (for those who handle it), the deadline and how it was computed, the history, and the next steps.</summary>
public sealed class DetailsModel(GongkaiDbContext db, Clock clock, CalendarService calendars, ILogger<DetailsModel> log) : PageModel
{
    public InformationRequest Current { get; private set; } = null!;
    public Deadline? Deadline { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Conflict { get; private set; }

    [TempData]
    public string? Done { get; set; }

    [BindProperty] public string Step { get; set; } = "";
    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public FeeMethod FeeMethod { get; set; }
    [BindProperty] public int Quantity { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        On = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Current.Version != Version)
        {
            Conflict = "该申请已被其他人修改过，您这次的操作没有保存。请核对下面的最新状态后再操作。";
            return Page();
        }
        if (On is null)
        {
            ModelState.AddModelError(nameof(On), "请填写日期。");
            return Page();
        }
        var calendar = await calendars.GetAsync();
        if (Step == "fee" && FeeMethod == FeeMethod.PerApplication) Quantity = await NthInMonthAsync(Current);
        try
        {
            Apply(Current, Step, On.Value, User.Actor(), calendar, clock.Now);
            Current.RefreshDue(calendar, clock.Today);
            await db.SaveChangesAsync();
        }
        catch (WorkflowException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = "保存时发现该申请刚被其他人修改，您这次的操作没有保存。请刷新页面核对后再操作。";
            return Page();
        }
        log.LogInformation("Request {RequestId} step {Step} by user {UserId}", Current.Id, Step, User.Identity?.Name);
        Done = "已保存。";
        return RedirectToPage(new { id });
    }

    private void Apply(InformationRequest request, string step, DateOnly on, Actor actor, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        var note = Note?.Trim() ?? "";
        switch (step)
        {
            case "correction": request.RequestCorrection(on, actor, note, calendar, at); break;
            case "corrected": request.ReceiveCorrection(on, actor, at); break;
            case "uncorrected": request.CloseUncorrected(on, actor, at); break;
            case "consult": request.StartConsultation(on, actor, note, at); break;
            case "consulted": request.EndConsultation(on, actor, note, at); break;
            case "extension": request.RequestExtension(on, actor, note, at); break;
            case "fee": request.SendFeeNotice(on, actor, FeeMethod, Quantity, at); break;
            case "paid": request.RecordPayment(on, actor, at); break;
            case "unpaid": request.CloseUnpaid(on, actor, at); break;
            case "decide": request.Decide(on, actor, Outcome ?? "", note, at); break;
            case "reply": request.Reply(on, actor, at); break;
            case "close": request.Close(on, actor, at); break;
            default: throw new WorkflowException("未知的操作。");
        }
    }

    /// <summary>按件: which of the same applicant's applications to this agency in that calendar month this one is.</summary>
    private Task<int> NthInMonthAsync(InformationRequest request)
    {
        var monthStart = new DateOnly(request.ReceivedOn.Year, request.ReceivedOn.Month, 1);
        return db.Requests.CountAsync(r => r.AgencyId == request.AgencyId && r.Applicant.IdNumber == request.Applicant.IdNumber
            && r.ReceivedOn >= monthStart && (r.ReceivedOn < request.ReceivedOn || (r.ReceivedOn == request.ReceivedOn && r.Id <= request.Id)));
    }

    private async Task<bool> LoadAsync(long id)
    {
        var agencyId = User.AgencyId();
        var request = await db.Requests.Include(r => r.History).SingleOrDefaultAsync(r => r.Id == id && r.AgencyId == agencyId);
        if (request is null) return false;
        Current = request;
        Today = clock.Today;
        Deadline = request.State.IsPending() ? request.Deadline(await calendars.GetAsync(), Today) : null;
        return true;
    }
}
