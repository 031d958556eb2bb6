namespace Gongkai.Requests;

/// <summary>One step of a request's history: who did what, when, and why.</summary>
public sealed class RequestEvent
{
    private RequestEvent() { }

    public RequestEvent(DateTimeOffset at, DateOnly on, string actor, string action, RequestState from, RequestState to, string? note)
    {
        At = at;
        On = on;
        Actor = actor;
        Action = action;
        From = from;
        To = to;
        Note = note;
    }

    public long Id { get; private set; }
    /// <summary>When it was recorded.</summary>
    public DateTimeOffset At { get; private set; }
    /// <summary>The date it took effect (a letter's date, a receipt date), which the deadlines use.</summary>
    public DateOnly On { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public RequestState From { get; private set; }
    public RequestState To { get; private set; }
    public string? Note { get; private set; }
}
