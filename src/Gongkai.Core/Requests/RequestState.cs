namespace Gongkai.Requests;

/// <summary>Where a request stands in the workflow.</summary>
public enum RequestState
{
    /// <summary>Received and being handled; the reply clock runs.</summary>
    Received,
    /// <summary>补正: the applicant was asked to correct the application; the clock restarts on the corrected one.</summary>
    CorrectionRequested,
    /// <summary>征求第三方意见: the clock stands still (Art. 32, 33).</summary>
    ThirdPartyConsultation,
    /// <summary>收费通知: waiting for payment; the clock stands still (configurable).</summary>
    AwaitingFee,
    /// <summary>Decided with exactly one outcome of table 三.</summary>
    Decided,
    Replied,
    Closed,
}

public static class RequestStates
{
    public static string Label(this RequestState state) => state switch
    {
        RequestState.Received => "办理中",
        RequestState.CorrectionRequested => "待补正",
        RequestState.ThirdPartyConsultation => "征求意见中",
        RequestState.AwaitingFee => "待缴费",
        RequestState.Decided => "已决定",
        RequestState.Replied => "已答复",
        RequestState.Closed => "已办结",
    };

    /// <summary>States in which the request still counts as pending (table 三 row 4 at year end).</summary>
    public static bool IsPending(this RequestState state) =>
        state is RequestState.Received or RequestState.CorrectionRequested or RequestState.ThirdPartyConsultation or RequestState.AwaitingFee;
}
