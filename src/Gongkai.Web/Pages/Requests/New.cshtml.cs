using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Requests;

/// <summary>Registers a request received in person, by post, fax or otherwise.</summary>
public sealed class NewModel(GongkaiDbContext db, Clock clock, RequestSteps steps) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public sealed class RequestForm
    {
        public ApplicantType ApplicantType { get; set; }

        [Required(ErrorMessage = "请填写申请人姓名或名称。"), StringLength(200, ErrorMessage = "申请人姓名或名称不能超过200字。")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "请填写身份证件号码或统一社会信用代码。"), StringLength(60, ErrorMessage = "证件号码不能超过60个字符。")]
        public string IdNumber { get; set; } = "";

        [Required(ErrorMessage = "请填写联系电话。"), RegularExpression(@"^[0-9+\- ]{5,20}$", ErrorMessage = "联系电话只能包含数字、空格、+ 和 -，5到20位。")]
        public string Phone { get; set; } = "";

        [StringLength(400, ErrorMessage = "通信地址不能超过400字。")]
        public string Address { get; set; } = "";

        [EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
        public string? Email { get; set; }

        public RequestChannel Channel { get; set; }

        [Required(ErrorMessage = "请填写收到申请的日期。")]
        public DateOnly? ReceivedOn { get; set; }

        [Required(ErrorMessage = "请描述所需的政府信息（名称、文号或便于查询的特征）。"), StringLength(4000, ErrorMessage = "描述不能超过4000字。")]
        public string Description { get; set; } = "";

        [StringLength(200, ErrorMessage = "获取方式不能超过200字。")]
        public string DeliveryForm { get; set; } = "";
    }

    public void OnGet() => Form.ReceivedOn = clock.Today;

    public async Task<IActionResult> OnPostAsync()
    {
        if (Form.ReceivedOn > clock.Today) ModelState.AddModelError("Form.ReceivedOn", "收到申请的日期不能晚于今天。");
        if (!ModelState.IsValid) return Page();
        var agencyId = User.AgencyId();
        var agency = await db.Agencies.SingleAsync(a => a.Id == agencyId);
        var received = Form.ReceivedOn!.Value;
        var sequence = await db.Requests.CountAsync(r => r.AgencyId == agencyId && r.ReceivedOn.Year == received.Year) + 1;
        var applicant = new Applicant(Form.ApplicantType, Form.Name.Trim(), Form.IdNumber.Trim(), Form.Phone.Trim(), Form.Address.Trim(),
            string.IsNullOrWhiteSpace(Form.Email) ? null : Form.Email.Trim());
        var request = new InformationRequest(agencyId, $"{agency.NumberPrefix}〔{received.Year}〕{sequence}号", TrackingCodes.New(), applicant,
            Form.Channel, received, Form.Description, Form.DeliveryForm, User.Actor(), clock.Now);
        await steps.RegisterAsync(request);
        return RedirectToPage("Details", new { id = request.Id });
    }
}
