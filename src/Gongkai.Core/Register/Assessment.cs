namespace Gongkai.Register;

/// <summary>
/// An assessment of the agency's open-government work (the reports' "将政务公开工作纳入年度考核体系"): who assessed it, in
/// which year, and the result as the assessor gave it (a grade, a score or a rank).
/// </summary>
public sealed class Assessment : IAgencyOwned
{
    private Assessment() { }

    public Assessment(int agencyId, int year, string assessor, string result, DateOnly? on = null)
    {
        assessor = Intake.PlainText.Checked("考核单位", assessor);
        result = Intake.PlainText.Checked("考核结果", result);
        if (assessor.Length == 0) throw new DomainException("请填写考核单位（如“县政务公开办”）。");
        if (result.Length == 0) throw new DomainException("请填写考核结果（如“优秀”或得分）。");
        if (year is < 2008 or > 2100) throw new DomainException($"考核年度{year}不对，应为2008年《条例》施行以后的年份。");
        (AgencyId, Year, Assessor, Result, AssessedOn) = (agencyId, year, assessor, result, on);
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    /// <summary>The year of the work assessed.</summary>
    public int Year { get; private set; }
    public string Assessor { get; private set; } = "";
    public string Result { get; private set; } = "";
    public DateOnly? AssessedOn { get; private set; }
}
