namespace Gongkai.Audit.Rules;

/// <summary>A warning for each number the reader had to join from two adjacent cells to make its row balance.</summary>
internal static class SplitCellRule
{
    public static IEnumerable<Finding> Check(AuditContext context) =>
        context.Report.SplitCells.Select(s => new Finding(
            RuleIds.SplitCell, Severity.Warning, s.Location, Text.Num(s.Value), s.Digits,
            $"表{s.Location.Table}“{s.Location.Row}”行相邻的两格“{s.Digits}”按一个数{Text.Num(s.Value)}读入后该行才平衡，可能是文档转换造成的拆格，请核对原件。"));
}
