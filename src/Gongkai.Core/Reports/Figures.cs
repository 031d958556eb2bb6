
namespace Gongkai.Reports;

/// <summary>A figure of the tables as people write it: 3, not 3.0 (values keep the scale they were read or stored with).</summary>
public static class Figures
{
    public static string Show(decimal value) => Trimmed(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The value without the trailing zeros of its scale ("0.0000" from a database is 0, 1.50 is 1.5).</summary>
    public static decimal Trimmed(decimal value) => value / 1.0000000000000000000000000000m;

    public static string Show(decimal? value, string empty) => value is { } v ? Show(v) : empty;

    /// <summary>A share (0 to 1) as a whole percentage: "87%"; a share over 1 (rounding of counts) is 100%.</summary>
    public static string Percent(double share) => Math.Round(Math.Min(share, 1) * 100).ToString(CultureInfo.InvariantCulture) + "%";
}
