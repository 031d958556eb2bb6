
namespace Gongkai.Audit.Rules;

/// <summary>
/// The six statutory sections are all there (a missing one is an error); numbered 一 to 六 in that order (a heading
/// without its number, misnumbered or out of order is a warning: the reader still knows the section by its words).
/// </summary>
internal static class SectionsRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var headings = context.Report.Headings;
        foreach (var section in ReportSections.All)
        {
            var heading = headings.FirstOrDefault(h => h.Section == section);
            if (heading is null)
                yield return Finding(section, null, Severity.Error, $"缺少第{section.Numeral()}部分“{section.Title()}”。");
            else if (heading.Number is null)
                yield return Finding(section, heading.Text, Severity.Warning, $"“{heading.Text}”没有编号，应为“{section.Numeral()}、{heading.Text}”。");
            else if (heading.Number != (int)section)
                yield return Finding(section, heading.Text, Severity.Warning, $"“{heading.Text}”应编号为“{section.Numeral()}、”。");
        }
        var order = headings.DistinctBy(h => h.Section).ToList();
        for (var i = 1; i < order.Count; i++)
            if (order[i].Section < order[i - 1].Section)
                yield return Finding(order[i].Section, order[i].Text, Severity.Warning, $"“{order[i].Text}”排在“{order[i - 1].Text}”之后，顺序有误。");
    }

    private static Finding Finding(ReportSection section, string? found, Severity severity, string message) =>
        new(RuleIds.Sections, severity, new(Location.Narrative, section.Numeral()), section.Title(), found, message);
}
