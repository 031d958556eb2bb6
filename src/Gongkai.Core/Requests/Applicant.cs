using Gongkai.Reports;

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

    public static string Mask(string value, int keepStart, int keepEnd) =>
        value.Length <= keepStart + keepEnd
            ? new string('*', value.Length)
            : value[..keepStart] + new string('*', value.Length - keepStart - keepEnd) + value[^keepEnd..];
}
