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
        decimal fee = 0;
        fee += 10 * Math.Clamp(pages - 30, 0, 70);
        fee += 20 * Math.Clamp(pages - 100, 0, 100);
        fee += 40 * Math.Max(pages - 200, 0);
        return fee;
    }

    public static decimal For(FeeMethod method, int quantity) => method switch
    {
        FeeMethod.PerApplication => PerApplication(quantity),
        FeeMethod.PerPage => PerPage(quantity),
    };
}
