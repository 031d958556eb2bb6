
namespace Gongkai.Documents.Writing;

/// <summary>
/// A region's consolidated tables as a workbook: a sheet for each of tables 二, 三 and 四 laid out as the national format
/// prints them (the same grids as the DOCX, merged cells included), and a sheet of each agency's main figures.
/// </summary>
public static class ConsolidatedXlsx
{
    public sealed record AgencyFigures(string Agency, AnnualReport Report, int Errors, int Warnings, string Review);

    public static byte[] Write(string title, AnnualReport sum, IEnumerable<string> notes, IEnumerable<AgencyFigures> agencies)
    {
        var heading = new List<List<GridCell>> { new() { new GridCell(title, Header: true) } };
        heading.AddRange(notes.Select(n => new List<GridCell> { new(n) }));
        var sheets = ReportSections.All.Select(section => (Section: section, Grid: TableGrid.For(sum, section)))
            .Where(t => t.Grid is not null)
            .Select(t => (t.Section.Title(), (List<List<GridCell>>)[.. heading, [], .. t.Grid!]))
            .Append(("各机关", AgencyRows(agencies)));
        return GridXlsx.Write(sheets);
    }

    private static List<List<GridCell>> AgencyRows(IEnumerable<AgencyFigures> agencies)
    {
        var total = ApplicantColumn.Total;
        List<List<GridCell>> rows =
        [
            [.. new[] { "机关", "本年新收申请", "上年结转", "办理结果总计", "结转下年度", "行政复议", "行政诉讼", "错误", "提示", "审核状态" }.Select(h => new GridCell(h, Header: true))],
        ];
        foreach (var (agency, report, errors, warnings, review) in agencies)
            rows.Add([new GridCell(agency), Number(report.Requests[RequestRow.Received, total]), Number(report.Requests[RequestRow.CarriedIn, total]),
                Number(report.Requests[RequestRow.OutcomeTotal, total]), Number(report.Requests[RequestRow.CarriedOver, total]),
                Number(report.Review.Total), Number(report.LitigationDirect.Total + report.LitigationAfterReview.Total), Number(errors), Number(warnings), new GridCell(review)]);
        return rows;
    }

    private static GridCell Number(decimal? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "");
}
