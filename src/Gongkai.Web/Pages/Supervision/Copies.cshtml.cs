using Gongkai.Data.Supervision;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// 雷同 in the region for a year: the pairs of reports whose same section shares its text, with their similarity; one pair's
/// two sections side by side with the shared passages marked.
/// </summary>
public sealed class CopiesModel(GongkaiDbContext db, Dashboard dashboard, Clock clock, Copies copies) : SupervisionPage(dashboard, clock)
{
    public List<CopiedReports> Pairs { get; private set; } = [];
    public int Reports { get; private set; }

    /// <summary>The pair shown side by side, if one was asked for.</summary>
    public (CopiedReports Pair, List<(string Text, bool Shared)> A, List<(string Text, bool Shared)> B)? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, int? under, int? a, int? b, ReportSection? section)
    {
        if (!await ScopeAsync(year, under)) return NotFound();
        Pairs = await copies.FindAsync(Tree, Region.Id, Year);
        if (a is { } first && b is { } second && section is { } s)
        {
            if (Pairs.FirstOrDefault(p => p.A == first && p.B == second && p.Section == s) is not { } pair) return NotFound();
            var texts = await db.Submissions.AsNoTracking().Where(x => x.Id == first || x.Id == second).Select(x => new { x.Id, x.NarrativeJson }).ToListAsync();
            string Text(int id) => StoredReport.ReadNarrative(texts.Single(t => t.Id == id).NarrativeJson).GetValueOrDefault(s) ?? "";
            Shown = (pair, NarrativeCopies.Passages(Text(first), Text(second)), NarrativeCopies.Passages(Text(second), Text(first)));
        }
        return Page();
    }
}
