using System.ComponentModel.DataAnnotations;
using Gongkai.Requests;

namespace Gongkai.Web.Pages.Requests;

/// <summary>Registers a request received in person, by post, fax or otherwise.</summary>
public sealed class NewModel(Clock clock, RequestSteps steps) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public sealed class RequestForm : ApplicationForm
    {
        public RequestChannel Channel { get; set; }

        [Required(ErrorMessage = "请填写收到申请的日期。")]
        public DateOnly? ReceivedOn { get; set; }
    }

    public void OnGet() => Form.ReceivedOn = clock.Today;

    public async Task<IActionResult> OnPostAsync()
    {
        if (Form.ReceivedOn > clock.Today) ModelState.AddModelError("Form.ReceivedOn", "收到申请的日期不能晚于今天。");
        if (!ModelState.IsValid) return Page();
        var agencyId = User.AgencyId();
        var received = Form.ReceivedOn!.Value;
        try
        {
            var request = await steps.RegisterAsync(agencyId, received.Year, number => new InformationRequest(agencyId, number, TrackingCodes.New(),
                Form.ToApplicant(), Form.Channel, received, Form.Description, Form.DeliveryForm ?? "", User.Actor(), clock.Now));
            return RedirectToPage("Details", new { id = request.Id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }
}
