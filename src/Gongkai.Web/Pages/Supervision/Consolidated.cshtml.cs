using Gongkai.Audit;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// The region's consolidated tables 二/三/四 for a year (sums over the counted reports, the rules checked on the sums),
/// exported as XLSX and DOCX, with charts drawn on the server: requests by agency, the outcome mix, the trend over years.
/// </summary>
public sealed class ConsolidatedModel(Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public AnnualReport Sum { get; private set; } = null!;
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public int Agencies { get; private set; }
    public int Reports { get; private set; }
    public string ByAgencyChart { get; private set; } = "";
    public string OutcomeChart { get; private set; } = "";
    public string TrendChart { get; private set; } = "";

    /// <summary>Which reports are summed: all read (the problem ones marked), or only those the office's review accepts.</summary>
    [FromQuery] public string? Scope { get; set; }
    public bool AcceptedOnly => Scope == "accepted";
    /// <summary>The summed reports that have errors or are not accepted by the review: marked on the page and in the XLSX.</summary>
    public List<DashboardRow> Marked { get; private set; } = [];

    public string Title => $"{Region.Name}{Year}年政府信息公开工作年度报告汇总表";

    public IEnumerable<string> Notes =>
    [
        $"汇总范围：{Region.Name}及下辖机关共{Agencies}个，已报送并读取年度报告{Reports}份；" +
            (AcceptedOnly ? $"仅汇总经审核通过（无问题或已整改）的报告{Counted}份。" : $"汇总全部{Counted}份，其中{Marked.Count}份有错误或未审核通过（已标出）。"),
        "各单元格为各报告对应单元格之和；任一报告缺失的单元格在汇总中显示为空。",
    ];

    public int Counted { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, int? under)
    {
        if (await LoadAsync(year, under) is not { } rows) return NotFound();
        var byAgency = rows.Where(r => r.Submission is not null).Select(r => (r.Agency.Name, Value: r.Submission!.Received ?? 0))
            .OrderByDescending(r => r.Value).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var shown = byAgency.Take(20).ToList();
        if (byAgency.Count > shown.Count) shown.Add(($"其他{byAgency.Count - shown.Count}个机关", byAgency.Skip(20).Sum(r => r.Value)));
        ByAgencyChart = SvgChart.Bars($"{Year}年各机关新收申请数（前20）", shown);
        OutcomeChart = SvgChart.Bars($"{Year}年办理结果构成", Dashboard.OutcomeMix(Sum));
        var trend = await Dashboard.TrendAsync(Tree, Region.Id);
        TrendChart = SvgChart.Trend("历年新收申请数", trend.Select(t => ($"{t.Year}年（{t.Reports}份）", t.Received)).ToList());
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int? year, int? under, string format)
    {
        if (await LoadAsync(year, under) is not { } rows) return NotFound();
        var reports = format == "xlsx" ? await Dashboard.ReportsAsync(rows) : [];
        return format switch
        {
            "xlsx" => File(ConsolidatedXlsx.Write(Title, Sum, Notes, reports.Select(r =>
                    new ConsolidatedXlsx.AgencyFigures(r.Row.Agency.Name, r.Report, r.Row.Submission!.Errors, r.Row.Submission.Warnings, r.Row.Review?.Label() ?? ""))),
                ContentTypes.Xlsx, Title + ".xlsx"),
            "docx" => File(ReportDocx.WriteTables(Title, Sum, Notes), ContentTypes.Docx, Title + ".docx"),
            _ => NotFound(),
        };
    }

    private async Task<List<DashboardRow>?> LoadAsync(int? year, int? under)
    {
        if (!await ScopeAsync(year, under)) return null;
        var all = await Dashboard.RowsAsync(Tree, Region.Id, Year);
        var rows = AcceptedOnly ? all.Where(r => r.Accepted).ToList() : all;
        (Sum, Findings) = await Dashboard.ConsolidateAsync(rows, Region, Year);
        (Agencies, Reports) = (all.Count, all.Count(r => r.Submission is not null));
        Counted = rows.Count(r => r.Submission is not null);
        Marked = rows.Where(r => r.Submission is not null && (r.Submission.Errors > 0 || !r.Accepted)).ToList();
        return rows;
    }
}
