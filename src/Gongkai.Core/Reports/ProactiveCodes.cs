namespace Gongkai.Reports;

/// <summary>
/// The stable codes of table 二, as <see cref="RequestRow"/> holds table 三's: its rows (the items of Art. 20) and their
/// columns. The JSON, the stored tables, the rules' locations and the readers all name the cells by these.
/// </summary>
public static class ProactiveCodes
{
    public const string Regulations = "regulations";
    public const string NormativeDocuments = "normativeDocuments";
    public const string Licensing = "licensing";
    public const string Penalty = "penalty";
    public const string Enforcement = "enforcement";
    public const string Fees = "feesWanYuan";

    public const string Issued = "issued";
    public const string Repealed = "repealed";
    public const string InForce = "inForce";
    public const string Decisions = "decisions";
    public const string Amount = "amount";
}
