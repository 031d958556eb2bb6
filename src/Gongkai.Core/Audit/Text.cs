
namespace Gongkai.Audit;

/// <summary>How values and places are written in findings.</summary>
internal static class Text
{
    public static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Num(decimal? value) => value is { } v ? Num(v) : null;


    public static string Row(RequestRow row) => $"表三“{row.FullLabel}”行";

    public static string Cell(RequestRow row, ApplicantColumn column) => $"{Row(row)}“{column.Label}”列";

    public static Location At(RequestRow row, ApplicantColumn? column = null) => new(Location.Table3, row.Code, column?.Code);

    public static bool AllKnown(IEnumerable<decimal?> values) => values.All(v => v is not null);
}
