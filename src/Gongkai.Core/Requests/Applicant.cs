using Gongkai.Intake;

namespace Gongkai.Requests;

/// <summary>The six applicant types of table 三, in its column order.</summary>
public enum ApplicantType
{
    NaturalPerson,
    CommercialEnterprise,
    ResearchInstitution,
    PublicInterestOrganization,
    LegalServiceProvider,
    OtherOrganization,
}

/// <summary>Who applied. ID number, phone and address are personal data: shown only to those who handle the request.</summary>
public sealed record Applicant(ApplicantType Type, string Name, string IdNumber, string Phone, string Address, string? Email = null)
{
    public ApplicantColumn Column => ApplicantColumn.All[(int)Type];

    public string TypeLabel => Column.Label;

    /// <summary>For lists and anyone who does not handle the request: "张*", "110***********1234", "138****5678".</summary>
    public Applicant Masked() => this with
    {
        Name = Type == ApplicantType.NaturalPerson ? Mask(Name, 1, 0) : Name,
        IdNumber = Mask(IdNumber, 3, 4),
        Phone = Mask(Phone, 3, 4),
        Address = Address.Length == 0 ? "" : "***",
        Email = Email is null ? null : "***",
    };

    /// <summary>The applicant as stored: every field one clean line, refused with the field's name if it holds control characters.</summary>
    public Applicant Checked() => new(Type, PlainText.Checked("申请人姓名或名称", Name), PlainText.Checked("证件号码", IdNumber),
        PlainText.Checked("联系电话", Phone), PlainText.Checked("通信地址", Address),
        string.IsNullOrWhiteSpace(Email) ? null : PlainText.Checked("电子邮箱", Email));

    /// <summary>
    /// An ID number or phone as it is compared: full-width forms folded (NFKC), letters and digits only, upper case
    /// ("１１０１０１ 19900307451x" is "110101…451X"), so one applicant's month of applications counts as one (按件).
    /// </summary>
    public static string Comparable(string value) =>
        new string(value.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();

    public static string Mask(string value, int keepStart, int keepEnd) =>
        value.Length <= keepStart + keepEnd
            ? new string('*', value.Length)
            : value[..keepStart] + new string('*', value.Length - keepStart - keepEnd) + value[^keepEnd..];
}
