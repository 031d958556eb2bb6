namespace Gongkai.Audit;

/// <summary>Stable rule ids, used in output and by scripts.</summary>
public static class RuleIds
{
    public const string RowTotal = "row-total";
    public const string OutcomeTotal = "outcome-total";
    public const string Balance = "balance";
    public const string ReviewTotal = "review-total";
    public const string LitigationTotal = "litigation-total";
    public const string Negative = "negative";
    public const string Missing = "missing";
    public const string Narrative = "narrative";
    public const string CarryOver = "carry-over";
    public const string InForce = "in-force";
    public const string Copied = "copied";
    public const string Year = "year";
    public const string Sections = "sections";
    public const string EmptySection = "empty-section";
    public const string VagueProblems = "vague-problems";
    public const string SplitCell = "split-cell";
    public const string Placeholder = "placeholder";
}
