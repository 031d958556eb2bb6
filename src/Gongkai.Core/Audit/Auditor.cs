using Gongkai.Audit.Rules;

namespace Gongkai.Audit;

/// <summary>A rule: a stable id and the check that yields its findings.</summary>
public sealed record AuditRule(string Id, Func<AuditContext, IEnumerable<Finding>> Check);

/// <summary>Checks a report against every consistency rule of the national format (勾稽关系) and against the previous year.</summary>
public static class Auditor
{
    public static IReadOnlyList<AuditRule> Rules { get; } =
    [
        new(RuleIds.Missing, MissingRule.Check),
        new(RuleIds.Negative, NegativeRule.Check),
        new(RuleIds.SplitCell, SplitCellRule.Check),
        new(RuleIds.OcrUncertain, OcrUncertainRule.Check),
        new(RuleIds.RowTotal, RowTotalRule.Check),
        new(RuleIds.OutcomeTotal, OutcomeTotalRule.Check),
        new(RuleIds.Balance, BalanceRule.Check),
        new(RuleIds.ReviewTotal, CaseTotalRule.CheckReview),
        new(RuleIds.LitigationTotal, CaseTotalRule.CheckLitigation),
        new(RuleIds.Narrative, NarrativeRule.Check),
        new(RuleIds.Year, YearRule.Check),
        new(RuleIds.Sections, SectionsRule.Check),
        new(RuleIds.EmptySection, EmptySectionRule.Check),
        new(RuleIds.VagueProblems, VagueProblemsRule.Check),
        new(RuleIds.Placeholder, PlaceholderRule.Check),
        new(RuleIds.CarryOver, CarryOverRule.Check),
        new(RuleIds.InForce, InForceRule.Check),
        new(RuleIds.Copied, CopiedRule.Check),
    ];

    public static IReadOnlyList<Finding> Audit(Reports.AnnualReport report, Reports.AnnualReport? previous = null)
    {
        var context = new AuditContext(report, previous);
        return Rules.SelectMany(rule => rule.Check(context))
            .Select(f => f.Source is null && report.SourceOf(f.Location) is { } place ? f with { Source = place } : f).ToList();
    }
}
