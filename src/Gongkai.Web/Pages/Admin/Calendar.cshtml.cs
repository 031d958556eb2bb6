using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>The years of holiday notices the deadlines use; an admin loads a new year when the State Council publishes it.</summary>
public sealed class CalendarModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public List<HolidayNotice> Notices { get; private set; } = [];
    public List<int> LoadedYears { get; private set; } = [];
    public string? Error { get; private set; }

    [BindProperty] public int Year { get; set; }
    [BindProperty] public string Text { get; set; } = "";

    public async Task OnGetAsync()
    {
        Year = clock.Today.Year + 1;
        Text = "# 国务院办公厅关于…年部分节假日安排的通知\noff yyyy-01-01\nwork yyyy-mm-dd";
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            HolidayNotice.Parse(Year, Text);
        }
        catch (FormatException e)
        {
            Error = $"{Year}年的节假日安排未能载入：{e.Message}";
            await LoadAsync();
            return Page();
        }
        var stored = await db.HolidayNotices.FindAsync(Year) ?? db.HolidayNotices.Add(new LoadedHolidayNotice { Year = Year }).Entity;
        stored.Text = Text;
        stored.LoadedAt = clock.Now;
        stored.LoadedBy = User.DisplayName();
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var loaded = await db.HolidayNotices.AsNoTracking().ToListAsync();
        LoadedYears = loaded.Select(n => n.Year).ToList();
        Notices = HolidayNotice.Shipped.Where(n => !LoadedYears.Contains(n.Year))
            .Concat(loaded.Select(n => HolidayNotice.Parse(n.Year, n.Text))).OrderBy(n => n.Year).ToList();
    }
}
