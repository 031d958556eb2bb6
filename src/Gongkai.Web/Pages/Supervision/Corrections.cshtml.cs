using Gongkai.Documents.Writing;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>The 整改台账: every report of the subtree returned for correction in a year, its findings, dates and state; as XLSX.</summary>
public sealed class CorrectionsModel(Data.GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    public sealed record Entry(string Agency, int AgencyId, int Year, CorrectionRound Round, string State);

    public List<Entry> Entries { get; private set; } = [];
    public string Title => $"{Region.Name}{Year}年度报告整改台账";

    public static readonly string[] Headers = ["机关", "年度", "退回次数", "退回日期", "整改期限", "退回的问题", "整改情况", "更正日期"];

    public async Task<IActionResult> OnGetAsync(int? year, int? under)
    {
        if (!await LoadAsync(year, under)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int? year, int? under)
    {
        if (!await LoadAsync(year, under)) return NotFound();
        var rows = Entries.Select(e => new[]
        {
            e.Agency, e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"第{e.Round.Number}次", e.Round.ReturnedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            e.Round.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), string.Join("\n", e.Round.FindingLines), e.State, e.Round.CorrectedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        });
        return File(GridXlsx.Write([("整改台账", GridXlsx.Table(Headers, rows))]), ContentTypes.Xlsx, Title + ".xlsx");
    }

    private async Task<bool> LoadAsync(int? year, int? under)
    {
        if (!await ScopeAsync(year, under)) return false;
        var subtree = Tree.Subtree(Region.Id).ToDictionary(a => a.Id);
        var reviews = await db.ReportReviews.AsNoTracking().Where(r => r.Year == Year).ToListAsync();
        Entries = reviews.Where(r => subtree.ContainsKey(r.AgencyId))
            .SelectMany(r => r.Rounds.Select(round => new Entry(subtree[r.AgencyId].Name, r.AgencyId, r.Year, round, round.State(Today))))
            .OrderBy(e => e.Round.ReturnedOn).ThenBy(e => e.Agency, StringComparer.Ordinal).ToList();
        return true;
    }
}
