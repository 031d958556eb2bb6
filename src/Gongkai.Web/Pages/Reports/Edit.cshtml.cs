using System.Text;
using Gongkai.Audit;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.Writing;
using Gongkai.Reports;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Reports;

/// <summary>
/// A year's report: the tables computed from the register, the narrative the officer edits from a draft, the audit,
/// export in every format, and publication (which locks the year) by the head.
/// </summary>
public sealed class EditModel(GongkaiDbContext db, ReportService reports, Clock clock, Collector collector, ILogger<EditModel> log, AuditLog audit) : PageModel
{
    public int Year { get; private set; }
    public ReportService.Checked Checked { get; private set; } = null!;
    public string? Error { get; private set; }

    [TempData] public string? Done { get; set; }
    [BindProperty] public string Opening { get; set; } = "";
    [BindProperty] public string Overview { get; set; } = "";
    [BindProperty] public string Problems { get; set; } = "";
    [BindProperty] public string Other { get; set; } = "";
    [BindProperty] public int NpcLead { get; set; }
    [BindProperty] public int NpcAssist { get; set; }
    [BindProperty] public int CppccLead { get; set; }
    [BindProperty] public int CppccAssist { get; set; }
    [BindProperty] public bool ProposalsCompleted { get; set; } = true;
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public async Task OnGetAsync(int year)
    {
        await LoadAsync(year);
        var report = Checked.Report;
        (Opening, Overview, Problems, Other) = (report.Opening, report.SectionText[ReportSection.Overview], report.SectionText[ReportSection.Problems], report.SectionText[ReportSection.Other]);
        if (Checked.Record is { } r) (NpcLead, NpcAssist, CppccLead, CppccAssist, ProposalsCompleted) = (r.NpcLead, r.NpcAssist, r.CppccLead, r.CppccAssist, r.ProposalsCompleted);
    }

    public async Task<IActionResult> OnPostAsync(int year)
    {
        var record = await RecordAsync(year);
        // The texts the officer was shown where the section had no text of its own: what it follows until edited.
        var shown = (await reports.BuildAsync(User.AgencyId(), year)).Report;
        var drafts = (Draft(record.Opening, shown.Opening), Draft(record.Overview, shown.SectionText[ReportSection.Overview]),
            Draft(record.Problems, shown.SectionText[ReportSection.Problems]), Draft(record.Other, shown.SectionText[ReportSection.Other]));
        try
        {
            record.SetProposals(NpcLead, NpcAssist, CppccLead, CppccAssist, ProposalsCompleted);
            record.Edit(Opening, Overview, Problems, Other, drafts);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(year, e.Message, keepInput: true);
        }
        await db.SaveChangesAsync();
        Done = "已保存。";
        return RedirectToPage(new { year });
    }

    /// <summary>The draft a section showed, or null where it showed the officer's own text.</summary>
    private static string? Draft(string own, string shown) => own.Length == 0 ? shown : null;

    /// <summary>Back to the draft of the year's facts: the officer's narrative is dropped.</summary>
    public async Task<IActionResult> OnPostDraftAsync(int year)
    {
        var record = await RecordAsync(year);
        try
        {
            record.ResetToDraft();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(year, e.Message);
        }
        await db.SaveChangesAsync();
        Done = "已按本年度数据重新生成草稿。";
        return RedirectToPage(new { year });
    }

    public async Task<IActionResult> OnGetExportAsync(int year, string format)
    {
        await LoadAsync(year);
        if (Checked.HasErrors) return await RefuseAsync(year, "报告有错误，不能导出；请先按下面的清单修正。");
        var report = Checked.Report;
        var name = $"{report.Agency}{year}年政府信息公开工作年度报告";
        // The 落款 carries the publication day; a report not yet published is dated the day it is exported.
        var dated = Checked.Record?.PublishedOn ?? clock.Today;
        if (format == "pdf" && !System.IO.File.Exists(ReportPdf.DefaultChromium))
            return await RefuseAsync(year, "本服务器未安装Chromium，暂不能导出PDF；请导出DOCX或HTML，或由管理员安装 chromium 和 fonts-noto-cjk。");
        if (!ReportFile.Formats.Contains(format)) return NotFound();
        var file = await ReportFile.WriteAsync(report, Checked.Findings, format, name, dated);
        return File(file.Bytes, file.ContentType, file.FileName);
    }

    /// <summary>Last year's report as the agency published it, so that this year's is checked against it.</summary>
    public async Task<IActionResult> OnPostImportPreviousAsync(int year, IFormFile? file)
    {
        if (file is null || file.Length == 0) return await RefuseAsync(year, "请选择上一年度已发布的年度报告文件。");
        if (file.Length > 20 * 1024 * 1024) return await RefuseAsync(year, $"文件“{file.FileName}”超过20MB。");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var document = buffer.ToArray();
        try
        {
            var read = Gongkai.Documents.Reading.ReportReader.Read(document);
            if (read.Year is { } y && y != year - 1) return await RefuseAsync(year, $"文件“{file.FileName}”是{y}年度报告，不是{year - 1}年度报告。");
            // A scan is kept as what OCR read of it: this year's report is checked against it on every visit, in milliseconds.
            if (read.ScannedValues.Count > 0) document = Encoding.UTF8.GetBytes(ReportHtml.Write(read));
        }
        catch (Gongkai.Documents.Reading.UnreadableReportException e)
        {
            return await RefuseAsync(year, $"文件“{file.FileName}”无法读取：{e.Message}");
        }
        var previous = await RecordAsync(year - 1);
        previous.Import(document, file.FileName);
        await db.SaveChangesAsync();
        Done = $"已导入{year - 1}年度报告“{file.FileName}”，本年度报告将与之核对结转和现行有效件数。";
        return RedirectToPage(new { year });
    }

    public async Task<IActionResult> OnPostPublishAsync(int year)
    {
        if (!User.Can(Permission.PublishReport)) return Forbid();
        await LoadAsync(year);
        if (Checked.HasErrors) return await RefuseAsync(year, "报告有错误，不能发布；请先按下面的清单修正。");
        if (!Confirm) return await RefuseAsync(year, "请先勾选“我已核对报告全文和表格，确认以本机关名义发布”。");
        var record = await RecordAsync(year);
        try
        {
            record.Publish(clock.Today, ReportHtml.Write(Checked.Report, clock.Today), User.Actor());
        }
        catch (DomainException e)
        {
            return await RefuseAsync(year, e.Message);
        }
        await db.SaveChangesAsync();
        // The supervising office collects it as published, the same way as a file it uploads.
        await collector.SubmitPublishedAsync(record.AgencyId, year, record.PublishedHtml!);
        log.LogInformation("Annual report {Year} of agency {AgencyId} published", year, record.AgencyId);
        await audit.RecordAsync(AuditAction.ReportPublished, record.AgencyId, $"{year}年度报告", record.Corrections > 0 ? $"更正第{record.Corrections}次" : "");
        Done = $"{year}年度报告已发布，已在公开阅览室展示；该年度的数据已锁定。";
        return RedirectToPage(new { year });
    }

    public async Task<IActionResult> OnPostUnlockAsync(int year)
    {
        if (!User.Can(Permission.PublishReport)) return Forbid();
        var record = await RecordAsync(year);
        try
        {
            record.Unlock(clock.Today, User.Actor(), Reason ?? "");
            // Unlocking a report the office returned is the agency beginning its correction (整改中).
            (await db.ReportReviews.OfAgency(record.AgencyId).SingleOrDefaultAsync(r => r.Year == year))?.Begin(clock.Today);
        }
        catch (DomainException e)
        {
            return await RefuseAsync(year, e.Message);
        }
        await db.SaveChangesAsync();
        await audit.RecordAsync(AuditAction.YearUnlocked, record.AgencyId, $"{year}年度报告", $"理由：{Reason}");
        Done = $"{year}年度的数据已解锁；修正后请重新发布（更正）。";
        return RedirectToPage(new { year });
    }

    private async Task<IActionResult> RefuseAsync(int year, string message, bool keepInput = false)
    {
        Error = message;
        if (keepInput) await LoadAsync(year);
        else await OnGetAsync(year);
        return Page();
    }

    private async Task LoadAsync(int year)
    {
        Year = year;
        Checked = await reports.BuildAsync(User.AgencyId(), year);
        var agencyId = User.AgencyId();
        Returned = (await db.ReportReviews.OfAgency(agencyId).AsNoTracking().SingleOrDefaultAsync(r => r.Year == year))?.Rounds.LastOrDefault();
    }

    /// <summary>The supervising office's last 退回整改 of this report, open or done.</summary>
    public Gongkai.Supervision.CorrectionRound? Returned { get; private set; }

    private async Task<AnnualReportRecord> RecordAsync(int year)
    {
        var agencyId = User.AgencyId();
        return await db.AnnualReports.OfAgency(agencyId).SingleOrDefaultAsync(r => r.Year == year)
            ?? db.AnnualReports.Add(new AnnualReportRecord(agencyId, year)).Entity;
    }

    private static string Clean(string text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
