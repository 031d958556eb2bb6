namespace Gongkai.Requests;

public enum FeeMethod
{
    /// <summary>按件: by the applicant's count of applications in the calendar month.</summary>
    PerApplication,

    /// <summary>按量: by pages (paper, e-mail, copied electronic data).</summary>
    PerPage,
}

/// <summary>Information-processing fees under 国办函〔2020〕109号: progressive, one method per application, never both.</summary>
public static class Fees
{
    /// <summary>
    /// The fee in yuan for the application that is the <paramref name="nthInMonth"/>th of the same applicant in the natural
    /// month: 1–10 free; 11–30 100 yuan; from 31, each further band of 10 costs 100 yuan more (31–40: 200, 41–50: 300, …).
    /// </summary>
    public static decimal PerApplication(int nthInMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nthInMonth, 1);
        if (nthInMonth <= 10) return 0;
        if (nthInMonth <= 30) return 100;
        return 100 * (2 + (nthInMonth - 31) / 10);
    }

    /// <summary>The fee in yuan for <paramref name="pages"/> pages: 1–30 free; 31–100 10/page; 101–200 20/page; above 200 40/page.</summary>
    public static decimal PerPage(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        return PageBands.Sum(b => (decimal)b.Price * Math.Max(0, Math.Min(b.To, pages) - b.From + 1));
    }

    public static decimal For(FeeMethod method, int quantity) => method switch
    {
        FeeMethod.PerApplication => PerApplication(quantity),
        FeeMethod.PerPage => PerPage(quantity),
    };

    private static readonly (int From, int To, int Price)[] PageBands = [(31, 100, 10), (101, 200, 20), (201, int.MaxValue, 40)];

    /// <summary>
    /// The standard the notice states, tier by tier: "按量计收：共150页，第1—30页免费；第31—100页70页×10元=700元；
    /// 第101—150页50页×20元=1000元；合计1700元".
    /// </summary>
    public static string Standard(FeeMethod method, int quantity)
    {
        if (method == FeeMethod.PerApplication)
            return $"按件计收：本申请是申请人本自然月内向本机关提出的第{quantity}件申请；同一申请人一个自然月内累计申请10件以下（含10件）的不收费，"
                + $"11—30件的部分每件100元，31件以上的部分以10件为一档、每增加一档每件提高100元；本件收取{PerApplication(quantity):0}元";
        var tiers = new List<string> { $"第1—{Math.Min(30, quantity)}页免费" };
        foreach (var (from, to, price) in PageBands.Where(b => quantity >= b.From))
        {
            var count = Math.Min(to, quantity) - from + 1;
            tiers.Add($"第{from}—{Math.Min(to, quantity)}页{count}页×{price}元={count * price}元");
        }
        return $"按量计收：共{quantity}页，{string.Join("；", tiers)}；合计{PerPage(quantity):0}元";
    }
}
