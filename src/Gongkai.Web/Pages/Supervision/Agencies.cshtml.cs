using System.ComponentModel.DataAnnotations;
using Gongkai.Agencies;
using Gongkai.Documents.Importing;
using Gongkai.Supervision;
using Gongkai.Web.Importing;
using Gongkai.Web.Supervision;

namespace Gongkai.Web.Pages.Supervision;

/// <summary>The directory of the agencies below the office: the hierarchy reports are matched against by name.</summary>
public sealed class AgenciesModel(GongkaiDbContext db, Dashboard dashboard, Clock clock) : SupervisionPage(dashboard, clock)
{
    [BindProperty, Required(ErrorMessage = "请填写机关名称。"), StringLength(200, ErrorMessage = "机关名称不能超过200字。")]
    public string Name { get; set; } = "";
    [BindProperty] public int ParentId { get; set; }
    [BindProperty] public AgencyLevel Level { get; set; } = AgencyLevel.Department;
    [TempData] public string? Done { get; set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!Supervises(ParentId)) ModelState.AddModelError(nameof(ParentId), "上级机关须是本机关或其下辖机关。");
        var name = (Name ?? "").Trim();
        // Names are told apart as reports are matched to them: one that differs only in widths or spaces would make both unmatchable.
        if (ModelState.IsValid && new AgencyDirectory(Tree.Subtree(RootId)).Find(name) is not AgencyDirectory.Unknown)
            ModelState.AddModelError(nameof(Name), $"本辖区已有名为“{name}”的机关。");
        if (!ModelState.IsValid) return Page();
        var parent = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == ParentId);
        db.Agencies.Add(new Agency(name, parent.IsDemo, ParentId, Level));
        await db.SaveChangesAsync();
        Done = $"已添加“{name}”。";
        return RedirectToPage();
    }

    /// <summary>
    /// A directory from Excel (机关名称, 上级机关, 层级): each parent an agency of the subtree or a row above; agencies
    /// already in the directory are left as they are, so the same file can be imported again. All rows or none.
    /// </summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        await LoadAsync();
        IReadOnlyList<AgencyDirectoryRow> rows;
        try
        {
            rows = AgencyDirectoryImport.Read(await SpreadsheetUpload.ReadAsync(file, 20 * 1024 * 1024, "机关名录文件"), file.FileName);
        }
        catch (FormatException e)
        {
            return Refuse(e.Message);
        }
        // By name as reports are matched to agencies (AgencyDirectory.Key): the same agency in other widths or spacing is one.
        var known = new Dictionary<string, int?>();
        foreach (var a in Tree.Subtree(RootId)) known.TryAdd(AgencyDirectory.Key(a.Name), a.Id);
        var added = new List<AgencyDirectoryRow>();
        foreach (var row in rows)
        {
            if (known.ContainsKey(AgencyDirectory.Key(row.Name))) continue;
            if (row.Parent.Length > 0 && !known.ContainsKey(AgencyDirectory.Key(row.Parent)))
                return Refuse($"文件“{file.FileName}”第{row.Line}行“上级机关”：“{row.Parent}”不在本辖区机关名录中，也不在此前的行中。未导入任何机关。");
            known[AgencyDirectory.Key(row.Name)] = null;
            added.Add(row);
        }
        var count = added.Count;
        var root = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == RootId);
        // In waves, parents before children, so a directory of thousands takes a few statements, not one per agency.
        while (added.Count > 0)
        {
            var wave = added.Where(r => r.Parent.Length == 0 || known[AgencyDirectory.Key(r.Parent)] is not null).ToList();
            var agencies = wave.Select(r => db.Agencies.Add(new Agency(r.Name, root.IsDemo, r.Parent.Length == 0 ? RootId : known[AgencyDirectory.Key(r.Parent)], r.Level)).Entity).ToList();
            await db.SaveChangesAsync();
            for (var i = 0; i < wave.Count; i++) known[AgencyDirectory.Key(wave[i].Name)] = agencies[i].Id;
            added = added.Except(wave).ToList();
        }
        Done = $"已导入机关名录：新增{count}个机关，{rows.Count - count}个已在名录中。";
        return RedirectToPage();
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        return Page();
    }

    private async Task LoadAsync()
    {
        await ScopeAsync(null, null);
        if (ParentId == 0) ParentId = RootId;
    }
}
