using Gongkai.Requests;
using Gongkai.Documents.Importing;
using Gongkai.Register;
using Gongkai.Web.Importing;

namespace Gongkai.Web.Pages.Register;

/// <summary>Monthly counts of licensing, penalty and enforcement decisions and fee income, entered or imported from CSV/XLSX.</summary>
public sealed class DecisionsModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    public int Year { get; private set; }
    public List<DecisionCount> Months { get; private set; } = [];
    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnPostAsync(int year, int month, int licensing, int penalty, int enforcement, decimal feesWanYuan)
    {
        try
        {
            await UpsertAsync([new DecisionCountRow(year, month, licensing, penalty, enforcement, feesWanYuan)]);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadAsync(year);
            return Page();
        }
        Done = $"已保存{year}年{month}月的数据。";
        return RedirectToPage(new { year });
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        IReadOnlyList<DecisionCountRow> rows;
        try
        {
            rows = DecisionCountImport.Read(await SpreadsheetUpload.ReadAsync(file, MaxUploadBytes, "处理决定统计文件"), file.FileName);
            await UpsertAsync(rows);
        }
        catch (Exception e) when (e is FormatException or DomainException)
        {
            db.ChangeTracker.Clear();
            Error = e.Message + " 没有导入任何数据。";
            await LoadAsync(null);
            return Page();
        }
        Done = $"已从“{file.FileName}”导入{rows.Count}个月的数据。";
        return RedirectToPage(new { year = rows[0].Year });
    }

    /// <summary>All rows or none: a bad row leaves what was stored as it was.</summary>
    private async Task UpsertAsync(IReadOnlyList<DecisionCountRow> rows)
    {
        var agencyId = User.AgencyId();
        foreach (var row in rows)
        {
            var count = await db.DecisionCounts.OfAgency(agencyId).SingleOrDefaultAsync(d => d.Year == row.Year && d.Month == row.Month)
                ?? db.DecisionCounts.Add(new DecisionCount(agencyId, row.Year, row.Month)).Entity;
            count.Set(row.Licensing, row.Penalty, row.Enforcement, row.FeesWanYuan);
        }
        await db.SaveChangesAsync();
    }

    private async Task LoadAsync(int? year)
    {
        var agencyId = User.AgencyId();
        Year = year ?? clock.Today.Year;
        var stored = await db.DecisionCounts.AsNoTracking().OfAgency(agencyId).Where(d => d.Year == Year).ToListAsync();
        Months = Enumerable.Range(1, 12).Select(m => stored.SingleOrDefault(d => d.Month == m) ?? new DecisionCount(agencyId, Year, m)).ToList();
    }
}
