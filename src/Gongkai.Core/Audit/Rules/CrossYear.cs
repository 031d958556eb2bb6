
namespace Gongkai.Audit.Rules;

internal static class CrossYear
{
    /// <summary>The previous report, where it is given and is of the year before the report's (or a year is unknown).</summary>
    public static AnnualReport? Previous(AuditContext context) =>
        context.Previous is { } previous && !IsOtherYear(context.Report, previous) ? previous : null;

    public static bool IsOtherYear(AnnualReport report, AnnualReport previous) =>
        report.Year is { } y && previous.Year is { } p && p != y - 1;
}
