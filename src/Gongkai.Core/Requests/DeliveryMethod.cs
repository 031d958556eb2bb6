namespace Gongkai.Requests;

/// <summary>How the reply reached the applicant (〔2016〕235号: direct delivery counts when signed for, post when posted).</summary>
public enum DeliveryMethod
{
    Post,
    Email,
    InPerson,
    Online,
}

public static class DeliveryMethods
{
    public static string Label(this DeliveryMethod method) => method switch
    {
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.InPerson => "当面送达",
        DeliveryMethod.Online => "网上送达（申请人在查询页面下载）",
    };

    /// <summary>What the proof of service is for the method, or null where the system itself is the proof.</summary>
    public static string? Proof(this DeliveryMethod method) => method switch
    {
        DeliveryMethod.Post => "邮件号（中国邮政挂号信或EMS）",
        DeliveryMethod.Email => "发送到的电子邮箱地址",
        DeliveryMethod.InPerson => "签收人姓名",
        DeliveryMethod.Online => null,
    };
}
