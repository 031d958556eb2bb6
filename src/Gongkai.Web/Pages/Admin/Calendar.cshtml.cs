using Gongkai.Calendar;

namespace Gongkai.Web.Pages.Admin;

/// <summary>The years of holiday notices the deadlines use; an admin loads a new year when the State Council publishes it.</summary>
public sealed class CalendarModel(GongkaiDbContext db, Clock clock) : PageModel
{
    public List<HolidayNotice> Notices { get; private set; } = [];
    public List<int> LoadedYears { get; private set; } = [];
    public string? Error { get; private set; }

    [BindProperty] public int Year { get; set; }
    /// <summary>The State Council's notice as published, pasted.</summary>
    [BindProperty] public string Notice { get; set; } = "";
    [BindProperty] public string Source { get; set; } = "";
    [BindProperty] public List<DateOnly?> OffFrom { get; set; } = [];
    [BindProperty] public List<DateOnly?> OffTo { get; set; } = [];
    [BindProperty] public List<DateOnly?> Work { get; set; } = [];

    /// <summary>Rows of the date form: the seven holidays, and up to eight make-up working days.</summary>
    public const int Holidays = 7, MakeUpDays = 8;

    public async Task OnGetAsync()
    {
        Year = clock.Today.Year + 1;
        await LoadAsync();
    }

    /// <summary>The notice pasted as published: its dates are read from the text.</summary>
    public Task<IActionResult> OnPostPasteAsync() => StoreAsync(() => StateCouncilNotice.ToText(Year, Notice));

    /// <summary>The days entered one by one with date pickers.</summary>
    public Task<IActionResult> OnPostDatesAsync() => StoreAsync(() =>
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(Source)) lines.Add("# " + Intake.PlainText.Checked("通知名称", Source));
        for (var i = 0; i < OffFrom.Count; i++)
            if (OffFrom[i] is { } from)
                lines.Add(OffTo.ElementAtOrDefault(i) is { } to && to != from ? $"off {from:yyyy-MM-dd}..{to:yyyy-MM-dd}" : $"off {from:yyyy-MM-dd}");
        lines.AddRange(Work.OfType<DateOnly>().Select(d => $"work {d:yyyy-MM-dd}"));
        return string.Join('\n', lines);
    });

    private async Task<IActionResult> StoreAsync(Func<string> read)
    {
        string text;
        try
        {
            text = read();
            HolidayNotice.Parse(Year, text);
        }
        catch (Exception e) when (e is FormatException or DomainException)
        {
            Error = $"{Year}年的节假日安排未能载入：{e.Message}";
            await LoadAsync();
            return Page();
        }
        var stored = await db.HolidayNotices.FindAsync(Year) ?? db.HolidayNotices.Add(new LoadedHolidayNotice { Year = Year }).Entity;
        stored.Text = text;
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
