using Gongkai.Calendar;

namespace Gongkai.Register;

/// <summary>
/// A normative document's interpretation is published with it or within the agency's days (working days, as the
/// provinces' rules count them: "解读材料应与文件同步发布，最迟不超过3个工作日"). 0 days means on the same day.
/// </summary>
public static class InterpretationDeadline
{
    public const int DefaultDays = 3;
    public const int MaxDays = 30;

    /// <summary>The last day an interpretation of a document issued on that day may be published: the reply clock's count.</summary>
    public static DateOnly Due(DateOnly issuedOn, int days, WorkingDayCalendar calendar) => Deadline.Compute(issuedOn, days, calendar).Due;

    /// <summary>
    /// Each document with the last day its interpretation was due, the day the first one was published (if any) and how it
    /// stands on <paramref name="today"/>: what the register lists and the annual report counts.
    /// </summary>
    public static List<(NormativeDocument Document, DateOnly Due, DateOnly? First, InterpretationState State)> Assess(
        IEnumerable<NormativeDocument> documents, IEnumerable<Interpretation> interpretations, int days, WorkingDayCalendar calendar, DateOnly today)
    {
        var first = interpretations.GroupBy(i => i.DocumentId).ToDictionary(g => g.Key, g => g.Min(i => i.PublishedOn));
        return documents.Select(d =>
        {
            var due = Due(d.IssuedOn, days, calendar);
            DateOnly? on = first.TryGetValue(d.Id, out var f) ? f : null;
            return (d, due, on, State(due, on, today));
        }).ToList();
    }

    /// <summary>How a document due for explanation on <paramref name="due"/> stands: explained in time, explained late, or not yet explained and past or within its days.</summary>
    public static InterpretationState State(DateOnly due, DateOnly? firstInterpretation, DateOnly today) =>
        firstInterpretation switch
        {
            { } on when on <= due => InterpretationState.OnTime,
            not null => InterpretationState.Late,
            null when today > due => InterpretationState.Missing,
            null => InterpretationState.Awaited,
        };

    public static string Label(this InterpretationState state) => state switch
    {
        InterpretationState.OnTime => "按时解读",
        InterpretationState.Late => "解读逾期",
        InterpretationState.Missing => "逾期未解读",
        _ => "待解读",
    };
}

public enum InterpretationState
{
    OnTime,
    Late,
    Missing,
    Awaited,
}
