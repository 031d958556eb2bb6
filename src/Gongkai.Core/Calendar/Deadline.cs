using System.Text;

namespace Gongkai.Calendar;

/// <summary>Days on which the reply clock stands still (Art. 33: third-party consultation, and by default a fee notice).</summary>
public sealed record Pause(DateOnly From, DateOnly To, string Reason)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>A due date with how it was computed: which holidays were skipped, make-up days counted and paused days left out.</summary>
public sealed record Deadline(
    DateOnly Start,
    int WorkingDays,
    DateOnly Due,
    IReadOnlyList<DateOnly> HolidaysSkipped,
    IReadOnlyList<DateOnly> MakeUpDaysCounted,
    IReadOnlyList<DateOnly> PausedDays,
    IReadOnlyList<int> YearsAssumed)
{
    /// <summary>Art. 35: reasons found reasonable, a later reply date set by the agency replaces the computed one.</summary>
    public bool DelayedUnderArticle35 { get; init; }

    /// <summary>Art. 33: reply within 20 working days; extension once by at most 20 more.</summary>
    public const int ReplyWorkingDays = 20;
    public const int ExtensionWorkingDays = 20;

    /// <summary>Art. 30: the correction notice goes out within 7 working days of receipt.</summary>
    public const int CorrectionNoticeWorkingDays = 7;

    /// <summary>
    /// The <paramref name="workingDays"/>th working day after <paramref name="start"/>: the day itself is not counted
    /// (Civil Code Art. 201), nor are days in a pause.
    /// </summary>
    public static Deadline Compute(DateOnly start, int workingDays, WorkingDayCalendar calendar, IEnumerable<Pause>? pauses = null)
    {
        var pauseList = pauses?.ToList() ?? [];
        var holidays = new List<DateOnly>();
        var makeUp = new List<DateOnly>();
        var paused = new List<DateOnly>();
        var assumed = new SortedSet<int>();
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (!calendar.Covers(day)) assumed.Add(day.Year);
            var kind = calendar.Kind(day);
            if (pauseList.Any(p => p.Contains(day)))
            {
                if (kind is DayKind.Workday or DayKind.MakeUpWorkday) paused.Add(day);
                continue;
            }
            switch (kind)
            {
                case DayKind.Holiday when day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday):
                    holidays.Add(day);
                    break;
                case DayKind.MakeUpWorkday:
                    makeUp.Add(day);
                    counted++;
                    break;
                case DayKind.Workday:
                    counted++;
                    break;
            }
        }
        return new Deadline(start, workingDays, day, holidays, makeUp, paused, assumed.ToList());
    }

    /// <summary>How the due date was computed, for the officer and the applicant.</summary>
    public string Explain()
    {
        if (DelayedUnderArticle35) return $"申请数量、频次明显超过合理范围，申请人说明的理由合理，本机关依条例第三十五条确定延迟至{D(Due)}答复。";
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"自{D(Start)}的次日起算{WorkingDays}个工作日，截止{D(Due)}");
        if (HolidaysSkipped.Count > 0) text.Append(CultureInfo.InvariantCulture, $"；扣除法定节假日{HolidaysSkipped.Count}天（{Days(HolidaysSkipped)}）");
        if (MakeUpDaysCounted.Count > 0) text.Append(CultureInfo.InvariantCulture, $"；计入调休上班日{MakeUpDaysCounted.Count}天（{Days(MakeUpDaysCounted)}）");
        if (PausedDays.Count > 0) text.Append(CultureInfo.InvariantCulture, $"；不计征求意见、缴费等期间的工作日{PausedDays.Count}天（{Days(PausedDays)}）");
        if (YearsAssumed.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"；注意：{string.Join("、", YearsAssumed)}年的节假日安排尚未载入，暂只按周末计算，请在国务院通知发布后由管理员载入并复核");
        return text.Append('。').ToString();
    }

    private static string D(DateOnly d) => ChinaTime.Written(d);

    /// <summary>Consecutive days as ranges: "2月10日—2月17日、4月4日".</summary>
    private static string Days(IReadOnlyList<DateOnly> days)
    {
        var parts = new List<string>();
        for (var i = 0; i < days.Count;)
        {
            var j = i;
            while (j + 1 < days.Count && days[j + 1] == days[j].AddDays(1)) j++;
            var first = days[i].ToString("M月d日", CultureInfo.InvariantCulture);
            parts.Add(i == j ? first : $"{first}—{days[j].ToString("M月d日", CultureInfo.InvariantCulture)}");
            i = j + 1;
        }
        return string.Join("、", parts);
    }
}
