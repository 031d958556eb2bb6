using Gongkai.Documents.Importing;
using Gongkai.Register;
using Gongkai.Web.Importing;

namespace Gongkai.Web.Pages.Register;

/// <summary>
/// The open-government work the annual report describes: policy interpretations linked to the documents they explain (and
/// the documents still without one or explained late), training sessions and assessments. Section 一's draft states them.
/// </summary>
public sealed class WorkModel(GongkaiDbContext db, Clock clock, CalendarService calendars) : PageModel
{
    public List<NormativeDocument> Documents { get; private set; } = [];
    public List<Interpretation> Interpretations { get; private set; } = [];
    public List<NormativeDocument> WithoutInterpretation { get; private set; } = [];
    /// <summary>Each document not explained in time: the last day its interpretation was due, the first one published, its state.</summary>
    public List<(NormativeDocument Document, DateOnly Due, DateOnly? First, InterpretationState State)> NotInTime { get; private set; } = [];
    public int InterpretationDays { get; private set; }
    public List<Training> Trainings { get; private set; } = [];
    public List<Assessment> Assessments { get; private set; } = [];
    /// <summary>This year's and last year's counts of channels outside Gongkai, newest first.</summary>
    public List<ChannelCount> ChannelCounts { get; private set; } = [];
    public int ThisYear { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostInterpretationAsync(int documentId, InterpretationForm form, string? title, string? link, DateOnly? publishedOn) =>
        AddAsync(async agencyId =>
        {
            if (!await db.NormativeDocuments.OfAgency(agencyId).AnyAsync(d => d.Id == documentId)) throw new DomainException("请选择所解读的文件。");
            if (publishedOn is null) throw new DomainException("请填写解读的发布日期。");
            db.Interpretations.Add(new Interpretation(agencyId, documentId, form, title ?? "", link ?? "", publishedOn.Value));
        }, "已登记政策解读。");

    public Task<IActionResult> OnPostTrainingAsync(DateOnly? heldOn, string? topic, int attendees, string? organiser) =>
        AddAsync(agencyId =>
        {
            if (heldOn is null) throw new DomainException("请填写培训日期。");
            db.Trainings.Add(new Training(agencyId, heldOn.Value, topic ?? "", attendees, organiser ?? ""));
            return Task.CompletedTask;
        }, "已登记培训。");

    public Task<IActionResult> OnPostAssessmentAsync(int year, string? assessor, string? result, DateOnly? assessedOn) =>
        AddAsync(agencyId =>
        {
            db.Assessments.Add(new Assessment(agencyId, year, assessor ?? "", result ?? "", assessedOn));
            return Task.CompletedTask;
        }, "已登记考核结果。");

    /// <summary>A month's count of a channel outside Gongkai; entering the same channel and month again replaces it.</summary>
    public Task<IActionResult> OnPostChannelAsync(string? channel, int year, int month, int items) =>
        AddAsync(agencyId => SetChannelCountsAsync(agencyId, [new ChannelCountRow(year, month, channel ?? "", items)]), "已登记发布渠道的条数。");

    /// <summary>The months of channels kept in a spreadsheet: all rows or none, each replacing what was entered for its month.</summary>
    public Task<IActionResult> OnPostChannelImportAsync(IFormFile? file) =>
        SaveAsync(async agencyId =>
        {
            var rows = ChannelCountImport.Read(await SpreadsheetUpload.ReadAsync(file, MaxImportBytes, "发布条数统计文件"), file.FileName);
            await SetChannelCountsAsync(agencyId, rows);
            return $"已从“{file.FileName}”导入{rows.Count}行发布条数。";
        }, " 没有导入任何数据。");

    public const long MaxImportBytes = 2 * 1024 * 1024;

    private async Task SetChannelCountsAsync(int agencyId, IReadOnlyList<ChannelCountRow> rows)
    {
        var years = rows.Select(r => r.Year).Distinct().ToList();
        var stored = (await db.ChannelCounts.OfAgency(agencyId).Where(c => years.Contains(c.Year)).ToListAsync())
            .ToDictionary(c => (c.Year, c.Month, c.Channel));
        foreach (var row in rows)
        {
            var entered = new ChannelCount(agencyId, row.Channel, row.Year, row.Month);
            if (!stored.TryGetValue((entered.Year, entered.Month, entered.Channel), out var count))
                stored[(entered.Year, entered.Month, entered.Channel)] = count = db.ChannelCounts.Add(entered).Entity;
            count.Set(row.Items);
        }
    }

    private Task<IActionResult> AddAsync(Func<int, Task> add, string done) =>
        SaveAsync(async agencyId =>
        {
            await add(agencyId);
            return done;
        });

    /// <summary>Makes a change of the agency's records and saves it, or shows why it was refused with nothing saved.</summary>
    /// <param name="save">Makes the change and says what was done.</param>
    /// <param name="refused">Added to the reason of a refusal ("没有导入任何数据。").</param>
    private async Task<IActionResult> SaveAsync(Func<int, Task<string>> save, string refused = "")
    {
        string done;
        try
        {
            done = await save(User.AgencyId());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (e is DomainException or FormatException)
        {
            db.ChangeTracker.Clear();
            Error = e.Message + refused;
            await LoadAsync();
            return Page();
        }
        Done = done;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var agencyId = User.AgencyId();
        Documents = await db.NormativeDocuments.AsNoTracking().OfAgency(agencyId).OrderByDescending(d => d.IssuedOn).ToListAsync();
        Interpretations = await db.Interpretations.AsNoTracking().OfAgency(agencyId).OrderByDescending(i => i.PublishedOn).ToListAsync();
        InterpretationDays = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.InterpretationDays).SingleAsync();
        var assessed = InterpretationDeadline.Assess(Documents, Interpretations, InterpretationDays, await calendars.GetAsync(), clock.Today);
        WithoutInterpretation = assessed.Where(a => a.First is null).Select(a => a.Document).ToList();
        NotInTime = assessed.Where(a => a.State is InterpretationState.Late or InterpretationState.Missing).ToList();
        Trainings = await db.Trainings.AsNoTracking().OfAgency(agencyId).OrderByDescending(t => t.HeldOn).ToListAsync();
        Assessments = await db.Assessments.AsNoTracking().OfAgency(agencyId).OrderByDescending(a => a.Year).ThenByDescending(a => a.Id).ToListAsync();
        ThisYear = clock.Today.Year;
        var since = ThisYear - 1;
        ChannelCounts = await db.ChannelCounts.AsNoTracking().OfAgency(agencyId).Where(c => c.Year >= since)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Month).ThenBy(c => c.Channel).ToListAsync();
    }
}
