using System.ComponentModel.DataAnnotations;
using Gongkai.Requests;

namespace Gongkai.Web.Public;

/// <summary>What an application must hold (Art. 29), with a clear message per field; the same for the officer, the portal and the API.</summary>
public class ApplicationForm
{
    public ApplicantType ApplicantType { get; set; }

    [Required(ErrorMessage = "请填写申请人姓名或名称。"), StringLength(200, ErrorMessage = "申请人姓名或名称不能超过200字。")]
    [PlainText("申请人姓名或名称")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写身份证件号码或统一社会信用代码。"), StringLength(60, MinimumLength = 4, ErrorMessage = "证件号码应为4到60个字符。")]
    [PlainText("证件号码")]
    public string IdNumber { get; set; } = "";

    /// <summary>Any one of phone, postal address or e-mail is enough (Art. 29); the request refuses none at all.</summary>
    [RegularExpression(@"^[0-9+\- ]{5,20}$", ErrorMessage = "联系电话只能包含数字、空格、+ 和 -，5到20位。")]
    public string? Phone { get; set; }

    [StringLength(400, ErrorMessage = "通信地址不能超过400字。")]
    [PlainText("通信地址")]
    public string? Address { get; set; }

    [EmailAddress(ErrorMessage = "电子邮箱格式不正确。"), StringLength(200, ErrorMessage = "电子邮箱不能超过200个字符。")]
    [PlainText("电子邮箱")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "请描述所需的政府信息（名称、文号或便于查询的特征）。"), StringLength(4000, ErrorMessage = "描述不能超过4000字。")]
    [PlainText("所需信息的描述")]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "请选择或填写获取信息的方式（如纸质、电子邮件、光盘，邮寄或自行领取）。"), StringLength(200, ErrorMessage = "获取方式不能超过200字。")]
    [PlainText("获取方式")]
    public string? DeliveryForm { get; set; }

    public Applicant ToApplicant() => new(ApplicantType, Name, IdNumber, Phone ?? "", Address ?? "", Email);
}
