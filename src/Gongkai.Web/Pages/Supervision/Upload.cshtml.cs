using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>Uploads published reports in bulk: many files, or ZIPs of DOCX/PDF/HTML/text; each is read in the background.</summary>
[RequestSizeLimit(Collector.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Collector.MaxUploadBytes)]
public sealed class UploadModel(Dashboard dashboard, Clock clock, Collector collector, ILogger<UploadModel> log) : SupervisionPage(dashboard, clock)
{
    [BindProperty] public int? ReportYear { get; set; }
    [BindProperty] public DateOnly? PublishedOn { get; set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync() => await ScopeAsync(null, null);

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files)
    {
        await ScopeAsync(null, null);
        files = files.Where(f => f.Length > 0).ToList();
        if (files.Count == 0) Error = "请选择要上传的报告文件或ZIP压缩包。";
        else if (ReportYear is { } y && (y < 2008 || y > ThisYear)) Error = $"报告年度“{y}”不正确：应在2008年至{ThisYear}年之间。";
        else if (PublishedOn is { } d && d > Clock.Today) Error = $"发布日期“{d:yyyy-MM-dd}”晚于今天。";
        else if (!Collector.HasRoomFor(files.Sum(f => f.Length))) Error = "服务器磁盘空间不足，无法保存这次上传的文件；请分批上传或联系管理员。";
        if (Error is not null) return Page();

        var batch = await collector.UploadAsync(RootId, User.DisplayName(), files.Select(f => (f.FileName, (Func<Stream>)f.OpenReadStream)),
            ReportYear, PublishedOn, HttpContext.RequestAborted);
        log.LogInformation("Upload batch {Batch} of agency {Agency}: {Files} files", batch.Id, RootId, batch.Files);
        return RedirectToPage("Batch", new { id = batch.Id });
    }
}
