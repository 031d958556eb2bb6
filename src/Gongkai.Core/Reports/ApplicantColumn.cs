namespace Gongkai.Reports;

/// <summary>The seven columns of table 三, in the order of the national format.</summary>
public sealed record ApplicantColumn(int Index, string Code, string Label)
{
    public static readonly ApplicantColumn NaturalPerson = new(0, "naturalPerson", "自然人");
    public static readonly ApplicantColumn CommercialEnterprise = new(1, "commercialEnterprise", "商业企业");
    public static readonly ApplicantColumn ResearchInstitution = new(2, "researchInstitution", "科研机构");
    public static readonly ApplicantColumn PublicInterestOrganization = new(3, "publicInterestOrganization", "社会公益组织");
    public static readonly ApplicantColumn LegalServiceProvider = new(4, "legalServiceProvider", "法律服务机构");
    public static readonly ApplicantColumn OtherOrganization = new(5, "otherOrganization", "其他");
    public static readonly ApplicantColumn Total = new(6, "total", "总计");

    public static IReadOnlyList<ApplicantColumn> All { get; } =
    [
        NaturalPerson, CommercialEnterprise, ResearchInstitution, PublicInterestOrganization,
        LegalServiceProvider, OtherOrganization, Total,
    ];

    /// <summary>The six applicant types whose sum is the total.</summary>
    public static IReadOnlyList<ApplicantColumn> Applicants { get; } = All.Take(6).ToArray();

    public const int Count = 7;
}
