
namespace Gongkai.Documents.Writing;

/// <summary>A cell of a table as published: its text, how many grid columns and rows it spans, and whether it is a heading.</summary>
public sealed record GridCell(string Text, int ColSpan = 1, int RowSpan = 1, bool Header = false);

/// <summary>
/// The three tables of the report laid out as the national format prints them, with the official merged header cells
/// and row labels. Every writer (HTML, DOCX) renders these grids, so the layout is defined once.
/// </summary>
public static class TableGrid
{
    /// <summary>
    /// How many leading rows are the table's column headings, repeated on each printed page: the rows of headings before
    /// the first row of values — none where headings also stand between values (table 二's titles per article item).
    /// </summary>
    public static int HeadRows(List<List<GridCell>> grid)
    {
        var head = grid.TakeWhile(r => r.All(c => c.Header)).Count();
        return grid.Skip(head).Any(r => r.All(c => c.Header)) ? 0 : head;
    }

    /// <summary>The table of a section (二, 三 or 四), or null for a section of narrative only.</summary>
    public static List<List<GridCell>>? For(AnnualReport report, ReportSection section) => section switch
    {
        ReportSection.ProactiveDisclosure => Proactive(report.Proactive),
        ReportSection.Requests => Requests(report.Requests),
        ReportSection.ReviewAndLitigation => Cases(report),
        _ => null,
    };

    public static List<List<GridCell>> Proactive(ProactiveDisclosure t)
    {
        List<GridCell> Title(string text) => [H(text, colSpan: 4)];
        return
        [
            Title("第二十条第（一）项"),
            [H("信息内容"), H("本年制发件数"), H("本年废止件数"), H("现行有效件数")],
            [H("规章"), V(t.Regulations.Issued), V(t.Regulations.Repealed), V(t.Regulations.InForce)],
            [H("行政规范性文件"), V(t.NormativeDocuments.Issued), V(t.NormativeDocuments.Repealed), V(t.NormativeDocuments.InForce)],
            Title("第二十条第（五）项"),
            [H("信息内容"), H("本年处理决定数量", colSpan: 3)],
            [H("行政许可"), V(t.Licensing, colSpan: 3)],
            Title("第二十条第（六）项"),
            [H("信息内容"), H("本年处理决定数量", colSpan: 3)],
            [H("行政处罚"), V(t.Penalty, colSpan: 3)],
            [H("行政强制"), V(t.Enforcement, colSpan: 3)],
            Title("第二十条第（八）项"),
            [H("信息内容"), H("本年收费金额（单位：万元）", colSpan: 3)],
            [H("行政事业性收费"), V(t.FeesWanYuan, colSpan: 3)],
        ];
    }

    public static List<List<GridCell>> Requests(RequestTable t)
    {
        List<List<GridCell>> rows =
        [
            [H("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colSpan: 3, rowSpan: 3), H("申请人情况", colSpan: 7)],
            [H("自然人", rowSpan: 2), H("法人或其他组织", colSpan: 5), H("总计", rowSpan: 2)],
            ApplicantColumn.All.Skip(1).Take(5).Select(c => H(c.Label)).ToList(),
        ];
        var outcomeRows = RequestRow.All.Count(r => r.Code.StartsWith('3'));
        foreach (var row in RequestRow.All)
        {
            var cells = new List<GridCell>();
            if (!row.Code.StartsWith('3'))
                cells.Add(H(row.Label, colSpan: 3));
            else
            {
                if (row.Code == "3.1") cells.Add(H("三、本年度办理结果", rowSpan: outcomeRows));
                if (row.Group is null)
                    cells.Add(H(row.Label, colSpan: 2));
                else
                {
                    var group = RequestRow.All.Where(r => r.Group == row.Group).ToList();
                    if (group[0] == row) cells.Add(H(row.Group, rowSpan: group.Count));
                    cells.Add(H(row.Label));
                }
            }
            cells.AddRange(t.Row(row).Select(v => V(v)));
            rows.Add(cells);
        }
        return rows;
    }

    public static List<List<GridCell>> Cases(AnnualReport report)
    {
        var outcomeLabels = CaseOutcomes.Columns.Select(c => H(c.Label)).ToList();
        return
        [
            [H("行政复议", colSpan: 5), H("行政诉讼", colSpan: 10)],
            [.. CaseOutcomes.Columns.Select(c => H(c.Label, rowSpan: 2)), H("未经复议直接起诉", colSpan: 5), H("复议后起诉", colSpan: 5)],
            [.. outcomeLabels, .. outcomeLabels],
            Enum.GetValues<CaseKind>().SelectMany(k => report.Cases(k).Values).Select(v => V(v)).ToList(),
        ];
    }

    private static GridCell H(string text, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan, Header: true);

    private static GridCell V(decimal? value, int colSpan = 1) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "", colSpan);
}
