using Gongkai.Agencies;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// An upload's progress and its files: the counts of each state, the files with a problem first (unreadable, unknown
/// agency, errors), then all files a page at a time, so the page of a province's ZIP stays small while it refreshes.
/// </summary>
public sealed class BatchModel(GongkaiDbContext db, Dashboard dashboard, Clock clock, CollectionSignal signal) : SupervisionPage(dashboard, clock)
{
    public sealed record FileRow(int Id, string FileName, SubmissionState State, string? Error, int? AgencyId, int? Year, int Errors, int Warnings);

    public const int PageSize = 200;

    public UploadBatch Batch { get; private set; } = null!;
    public Dictionary<SubmissionState, int> Counts { get; private set; } = [];
    public int WithErrors { get; private set; }
    public int Total => Counts.Values.Sum();
    public int Done => Total - Counts.GetValueOrDefault(SubmissionState.Pending);
    /// <summary>Files of the upload refused before reading (listed below the progress, not counted in it).</summary>
    public int Skipped => Batch.Skipped.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    /// <summary>All files (a page of them) where <c>all</c> is asked, else those with a problem.</summary>
    public List<FileRow> Files { get; private set; } = [];
    [FromQuery] public bool All { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Agencies the batch's reports name that the directory does not hold, each with its proposed parent and level.</summary>
    public List<(AgencyProposal Proposal, int Files)> Proposals { get; private set; } = [];
    /// <summary>The agencies a new one may be filed under: the governments and the agencies that already have some below them.</summary>
    public List<AgencyNode> Parents { get; private set; } = [];
    public string? Error { get; private set; }
    [TempData] public string? Added { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        return Page();
    }

    /// <summary>The office confirms (or changes) a proposed agency: it is added to the directory and its reports read again.</summary>
    public async Task<IActionResult> OnPostAddAgencyAsync(int id, string? read, string? name, int parentId, AgencyLevel level)
    {
        if (!await LoadAsync(id)) return NotFound();
        var problem = string.IsNullOrWhiteSpace(name) ? "请填写“机关名称”。"
            : !Supervises(parentId) ? "“上级机关”须是本辖区的机关。"
            : new AgencyDirectory(Tree.Subtree(RootId)).Find(name) is not AgencyDirectory.Unknown ? $"机关名录中已有“{name.Trim()}”。" : null;
        var waiting = await db.Submissions.Where(s => s.BatchId == id && s.State == SubmissionState.Unmatched && s.AgencyNameRead == read).ToListAsync();
        if (problem is null && waiting.Count == 0) problem = "该机关的报告已处理，请刷新页面。";
        if (problem is not null)
        {
            Error = problem;
            return Page();
        }
        var isDemo = await db.Agencies.Where(a => a.Id == RootId).Select(a => a.IsDemo).SingleAsync();
        var agency = db.Agencies.Add(new Agency(name!, isDemo, parentId, level)).Entity;
        await db.SaveChangesAsync();
        foreach (var submission in waiting) submission.Requeue(agency.Id);
        await db.SaveChangesAsync();
        signal.Wake();
        Added = $"已将“{agency.Name}”添加到“{Tree.Find(parentId)!.Name}”之下（{level.Label()}），其{waiting.Count}份报告正在重新读取。";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        await ScopeAsync(null, null);
        var batch = await db.UploadBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
        if (batch is null || !Supervises(batch.SupervisorAgencyId)) return false;
        Batch = batch;
        var files = db.Submissions.AsNoTracking().Where(s => s.BatchId == id);
        Counts = await files.GroupBy(s => s.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        WithErrors = await files.CountAsync(s => s.State == SubmissionState.Read && s.Errors > 0);
        var shown = All ? files : files.Where(s => s.State == SubmissionState.Unreadable || s.State == SubmissionState.Unmatched || s.Errors > 0);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Files = await shown.OrderBy(s => s.Id).Skip(All ? (PageNumber - 1) * PageSize : 0).Take(All ? PageSize : 500)
            .Select(s => new FileRow(s.Id, s.FileName, s.State, s.Error, s.AgencyId, s.Year, s.Errors, s.Warnings)).ToListAsync();
        var unknown = await files.Where(s => s.State == SubmissionState.Unmatched && s.AgencyNameRead != null)
            .GroupBy(s => s.AgencyNameRead!).Select(g => new { Name = g.Key, Files = g.Count() }).ToListAsync();
        var subtree = Tree.Subtree(RootId);
        Proposals = unknown.OrderBy(u => u.Name, StringComparer.Ordinal).Take(200)
            .Select(u => (AgencyProposals.Propose(u.Name, subtree, RootId), u.Files)).ToList();
        Parents = subtree.Where(a => a.Id == RootId || a.Level != AgencyLevel.Department || Tree.HasChildren(a.Id) || Proposals.Any(p => p.Proposal.ParentId == a.Id)).ToList();
        return true;
    }
}
