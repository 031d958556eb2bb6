namespace Gongkai.Data;

/// <summary>A year's holiday notice an admin loaded (beyond the shipped years), in the text form of the shipped files.</summary>
public sealed class LoadedHolidayNotice
{
    public int Year { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
    public string LoadedBy { get; set; } = "";
}
