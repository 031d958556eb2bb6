using Gongkai.Audit;
using Gongkai.Data.Supervision;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>
/// One collected report: its tables as read, and every finding with its location; the document as published. On the
/// edition that counts, the office reviews it: confirms or dismisses each finding, accepts the report or returns it for
/// correction with a deadline, downloads the 整改通知 and uploads the corrected file of an agency outside Gongkai.
/// </summary>
public sealed class SubmissionModel(GongkaiDbContext db, Dashboard dashboard, Clock clock, Collector collector, SubmissionReader reader) : SupervisionPage(dashboard, clock)
{
    public sealed record Details(int Id, int? AgencyId, int? Year, SubmissionSource Source, string FileName, DateOnly PublishedOn,
        SubmissionState State, string? Error, string? AgencyNameRead, int? PreviousId, string TablesJson, string FindingsJson, int? BatchId,
        IReadOnlyList<CellCorrection> Corrections);

    public Details Submission { get; private set; } = null!;
    public AnnualReport? Report { get; private set; }
    public List<Finding> Findings { get; private set; } = [];
    public IReadOnlyList<string> Keys { get; private set; } = [];
    public ReportReview? Review { get; private set; }
    /// <summary>The edition that counts now for the agency and year; only it is reviewed.</summary>
    public int? CurrentId { get; private set; }
    public bool IsCurrent => CurrentId == Submission.Id;
    public ReviewStatus? Status => IsCurrent ? (Review?.Status(Submission.Id, Clock.Today) ?? ReviewStatus.Pending) : null;
    public bool OnTime => Submission.Year is { } y && AnnualReportRecord.PublishedOnTime(y, Submission.PublishedOn);
    public string? Error { get; private set; }
    [TempData] public string? Done { get; set; }
    public DateOnly DefaultDeadline => Clock.Today.AddDays(15);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is null) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, string key, FindingDecision decision, string? comment) =>
        await ReviewAsync(id, (review, findings) =>
        {
            review.Decide(id, findings, key, decision, comment, User.SupervisorActor(), Clock.Now);
            return decision == FindingDecision.Confirmed ? "已确认该问题。" : "已排除该问题。";
        });

    public async Task<IActionResult> OnPostProblemAsync(int id, string? problem) =>
        await ReviewAsync(id, (review, _) =>
        {
            review.AddProblem(id, problem, User.SupervisorActor(), Clock.Now);
            return "已记录审核发现的问题。";
        });

    public async Task<IActionResult> OnPostAcceptAsync(int id) =>
        await ReviewAsync(id, (review, findings) =>
        {
            review.Accept(id, findings, User.SupervisorActor(), Clock.Now);
            return "已审核，报告无问题。";
        });

    public async Task<IActionResult> OnPostReturnAsync(int id, DateOnly? deadline) =>
        await ReviewAsync(id, (review, findings) =>
        {
            var round = review.Return(id, findings, deadline ?? throw new DomainException("请填写“整改期限”。"), Clock.Today, User.SupervisorActor());
            return $"已退回整改，期限{round.Deadline:yyyy年M月d日}。机关在本平台的年度报告页面可见；不在本平台的机关，请下载整改通知发送。";
        });

    /// <summary>The supervisor's correction of a value the reader got wrong; the report is audited again with it.</summary>
    public async Task<IActionResult> OnPostCorrectValueAsync(int id, string? cell, decimal? value, string? reason)
    {
        if (await LoadAsync(id) is not { State: SubmissionState.Read }) return NotFound();
        var parts = (cell ?? "").Split('|');
        var location = parts.Length == 3 ? new Location(parts[0], parts[1], parts[2]) : new Location("");
        var submission = await db.Submissions.SingleAsync(s => s.Id == id);
        try
        {
            await reader.CorrectAsync(submission, location, value, reason, User.SupervisorActor());
        }
        catch (DomainException e)
        {
            CorrectionError = e.Message;
            return Page();
        }
        Done = $"已将{location.Describe()}更正为{Figures.Show(value!.Value)}，并重新核查。";
        return RedirectToPage(new { id });
    }

    /// <summary>Why the last correction of a value was refused, shown beside its form.</summary>
    public string? CorrectionError { get; private set; }

    /// <summary>The 整改通知 of a round, as a GB/T 9704 letter from the office.</summary>
    public async Task<IActionResult> OnGetNoticeAsync(int id, int round)
    {
        if (await LoadAsync(id) is not { AgencyId: { } agencyId, Year: { } year } || Review?.Rounds.FirstOrDefault(r => r.Number == round) is not { } returned)
            return NotFound();
        var agency = Tree.Find(agencyId)!.Name;
        var office = Tree.Find(RootId)!.Name;
        var title = CorrectionNotice.Title(agency, year);
        return File(LetterDocx.Write(title, CorrectionNotice.Number(Review, returned), CorrectionNotice.Body(agency, year, returned, office), office, returned.ReturnedOn, ""),
            ContentTypes.Docx, title + ".docx");
    }

    /// <summary>The corrected file of an agency outside Gongkai: read and audited as any upload, it closes the open round.</summary>
    public async Task<IActionResult> OnPostCorrectedAsync(int id, IFormFile? file, DateOnly? publishedOn)
    {
        if (await LoadAsync(id) is not { AgencyId: { } agencyId, Year: { } year }) return NotFound();
        string? problem = Review?.OpenRound is null ? "该报告没有待整改的退回，无需上传整改后的报告。"
            : file is not { Length: > 0 } ? "请选择整改后的报告文件。"
            : file.Length > Intake.UploadRule.MaxBytes ? $"文件“{file.FileName}”超过{Intake.UploadRule.MaxBytes / 1024 / 1024}MB。"
            : publishedOn is not { } on || on > Clock.Today ? "请填写更正报告的发布日期（不晚于今天）。" : null;
        if (problem is not null)
        {
            Error = problem;
            return Page();
        }
        await using var stream = file!.OpenReadStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var corrected = await collector.SubmitCorrectionAsync(agencyId, year, Path.GetFileName(file.FileName), copy.ToArray(), publishedOn!.Value);
        Done = "已收到整改后的报告，正在读取和核查。";
        return RedirectToPage(new { id = corrected.Id });
    }

    private async Task<IActionResult> ReviewAsync(int id, Func<ReportReview, IReadOnlyList<Finding>, string> act)
    {
        if (await LoadAsync(id) is not { AgencyId: { } agencyId, Year: { } year, State: SubmissionState.Read }) return NotFound();
        if (!IsCurrent)
        {
            Error = "此版本已被更新的版本取代，请在最新版本上审核。";
            return Page();
        }
        var review = await db.ReportReviews.OfAgency(agencyId).SingleOrDefaultAsync(r => r.Year == year)
            ?? db.ReportReviews.Add(new ReportReview(agencyId, year)).Entity;
        try
        {
            Done = act(review, Findings);
        }
        catch (DomainException e)
        {
            Error = e.Message;
            return Page();
        }
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id)
    {
        if (await LoadAsync(id) is not { } details) return NotFound();
        var document = await db.Submissions.Where(s => s.Id == id).Select(s => s.Document).SingleAsync();
        var name = details.FileName[(details.FileName.LastIndexOf('/') + 1)..];
        return File(document, "application/octet-stream", name);
    }

    /// <summary>The submission, if it is of an agency of the subtree or of an upload by an office of the subtree, with its review.</summary>
    private async Task<Details?> LoadAsync(int id)
    {
        await ScopeAsync(null, null);
        var details = await db.Submissions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new Details(s.Id, s.AgencyId, s.Year, s.Source, s.FileName, s.PublishedOn, s.State, s.Error, s.AgencyNameRead, s.PreviousId, s.TablesJson, s.FindingsJson, s.BatchId, s.Corrections))
            .SingleOrDefaultAsync();
        if (details is null || !await VisibleAsync(details)) return null;
        Submission = details;
        if (details.State == SubmissionState.Read)
        {
            Report = StoredReport.ReadTables(details.TablesJson, details.AgencyNameRead, details.Year);
            Findings = StoredReport.ReadFindings(details.FindingsJson);
            Keys = FindingKeys.Of(Findings);
        }
        if (details is { AgencyId: { } agencyId, Year: { } year })
        {
            CurrentId = await SubmissionQueries.CurrentIdAsync(db, agencyId, year);
            Review = await db.ReportReviews.OfAgency(agencyId).AsNoTracking().SingleOrDefaultAsync(r => r.Year == year);
        }
        return details;
    }

    private async Task<bool> VisibleAsync(Details details)
    {
        if (Supervises(details.AgencyId)) return true;
        var uploader = details.BatchId is { } b ? await db.UploadBatches.Where(x => x.Id == b).Select(x => (int?)x.SupervisorAgencyId).SingleOrDefaultAsync() : null;
        return details.AgencyId is null && Supervises(uploader);
    }
}
