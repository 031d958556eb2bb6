namespace Gongkai.Requests;

/// <summary>How an application arrived; each has its own receipt-date rule (Art. 31, 国办公开办函〔2015〕207号).</summary>
public enum RequestChannel
{
    InPerson,
    Post,
    Online,
    Fax,
    Other,
    /// <summary>口头: writing is truly hard, the office fills in the application for the applicant (Art. 29 ¶1).</summary>
    Oral,
}

public static class RequestChannels
{
    public static string Label(this RequestChannel channel) => channel switch
    {
        RequestChannel.InPerson => "当面",
        RequestChannel.Post => "邮寄",
        RequestChannel.Online => "网络",
        RequestChannel.Fax => "传真",
        RequestChannel.Other => "其他",
        RequestChannel.Oral => "口头（代为填写）",
    };

    /// <summary>What the receipt date is for the channel, as the officer records it.</summary>
    public static string ReceiptRule(this RequestChannel channel) => channel switch
    {
        RequestChannel.InPerson => "当面提交的，以提交之日为收到申请之日",
        RequestChannel.Post => "邮寄的，以签收之日为收到申请之日；平常信函等无需签收的，以双方确认之日为收到申请之日",
        RequestChannel.Online => "通过互联网渠道提交的，以双方确认之日为收到申请之日",
        RequestChannel.Fax => "通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日",
        RequestChannel.Other => "其他方式提交的，以双方确认之日为收到申请之日；无法确认的，自联系恢复之日起计算",
        RequestChannel.Oral => "采用书面形式确有困难、口头提出的，由政府信息公开工作机构代为填写申请，以提出之日为收到申请之日",
    };
}
