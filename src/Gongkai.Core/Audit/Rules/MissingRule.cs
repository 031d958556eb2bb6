
namespace Gongkai.Audit.Rules;

/// <summary>A value the report does not state is missing, never 0: a whole table, a whole row, or one cell.</summary>
internal static class MissingRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var report = context.Report;
        if (report.Agency is null)
            yield return Warn(new(Location.Title), "未能从标题或正文识别出机关名称。");
        if (report.Year is null)
            yield return Warn(new(Location.Title), "未能从标题或正文识别出报告年度。");
        foreach (var f in Table2(report.Proactive)) yield return f;
        foreach (var f in Table3(report.Requests)) yield return f;
        foreach (var f in Table4(report)) yield return f;
        foreach (var row in report.MalformedRows)
            yield return new Finding(RuleIds.Missing, Severity.Error, row.Location, Text.Num(row.Expected), Text.Num(row.Found),
                $"表{row.Location.Table}“{row.Location.Row}”行应有{row.Expected}个数字，文件中读到{row.Found}个，请核对原件。");
    }

    private static IEnumerable<Finding> Table2(ProactiveDisclosure table)
    {
        var cells = table.Cells().ToList();
        if (cells.All(c => c.Value is null))
        {
            yield return Error(new(Location.Table2), "未找到表二（主动公开政府信息情况）的数据。");
            yield break;
        }
        foreach (var c in cells.Where(c => c.Value is null))
            yield return Error(new(Location.Table2, c.Row, c.Column), $"表二“{c.Label}”缺失（空白、“/”、“—”或“无”不计为0）。");
    }

    private static IEnumerable<Finding> Table3(RequestTable table)
    {
        if (table.IsEmpty)
        {
            yield return Error(new(Location.Table3), "未找到表三（收到和处理政府信息公开申请情况）的数据。");
            yield break;
        }
        foreach (var row in RequestRow.All)
        {
            var stated = 0;
            for (var c = 0; c < ApplicantColumn.Count; c++)
                if (table.Cells(row)[c] is not null) stated++;
            if (stated == ApplicantColumn.Count) continue;
            if (stated == 0)
            {
                yield return Error(Text.At(row), $"{Text.Row(row)}缺失。");
                continue;
            }
            foreach (var column in ApplicantColumn.All.Where(c => table[row, c] is null))
                yield return Error(Text.At(row, column), $"{Text.Cell(row, column)}缺失（空白、“/”、“—”或“无”不计为0）。");
        }
    }

    private static IEnumerable<Finding> Table4(AnnualReport report)
    {
        var kinds = Enum.GetValues<CaseKind>();
        if (kinds.All(k => report.Cases(k).Values.All(v => v is null)))
        {
            yield return Error(new(Location.Table4), "未找到表四（行政复议、行政诉讼情况）的数据。");
            yield break;
        }
        foreach (var kind in kinds)
        {
            var values = report.Cases(kind).Values;
            for (var i = 0; i < CaseOutcomes.Count; i++)
            {
                if (values[i] is not null) continue;
                var (code, label) = CaseOutcomes.Columns[i];
                yield return Error(new(Location.Table4, kind.Code(), code), $"表四{kind.Label()}“{label}”缺失（空白、“/”、“—”或“无”不计为0）。");
            }
        }
    }

    private static Finding Error(Location at, string message) => new(RuleIds.Missing, Severity.Error, at, null, null, message);

    private static Finding Warn(Location at, string message) => new(RuleIds.Missing, Severity.Warning, at, null, null, message);
}
