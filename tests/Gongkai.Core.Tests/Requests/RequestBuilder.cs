using Gongkai.Requests;

namespace Gongkai.Core.Tests.Requests;

public static class RequestBuilder
{
    public static readonly Actor Officer = new("李办事", Role.Officer);
    public static readonly Actor Head = new("王科长", Role.Head);
    public static readonly DateTimeOffset At = new(2024, 3, 4, 9, 0, 0, TimeSpan.FromHours(8));

    public static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    public static InformationRequest Received(string on = "2024-03-04", string name = "张三") => new(
        1, "2024-0001", "TRACK-CODE-0001",
        new Applicant(ApplicantType.NaturalPerson, name, "110101199001011234", "13812345678", "北京市东城区某街1号"),
        RequestChannel.Online, D(on), "2023年本县卫生健康领域行政处罚决定书", "电子邮件", Officer, At);
}
