
namespace Gongkai.Documents.Reading;

/// <summary>Reads table 四: its 15 numbers in the order of the format (复议, 直接起诉, 复议后起诉; 维持, 纠正, 其他, 尚未审结, 总计).</summary>
internal static class CaseTableReader
{
    private const int Width = 3 * CaseOutcomes.Count;

    private static readonly Location[][] CellLocations =
        Enum.GetValues<CaseKind>().Select(k => CaseOutcomes.Columns.Select(c => new Location(Location.Table4, k.Code(), c.Code)).ToArray()).ToArray();

    public static void Read(IEnumerable<LayoutRow> rows, AnnualReport report)
    {
        var values = Segment.Split(rows, width: 0, streamLimit: Width).SelectMany(s => s.Values).ToList();
        if (values.Count == 0) return;
        var numbers = values.Select(v => v.Kind == CellKind.Blank ? null : v.Value).ToArray();
        IReadOnlyList<Cell> cells = values;
        if (values.Count == Width + 1 && SplitNumber.TryJoin(values, Balances) is { } joined)
        {
            report.SplitCells.Add(new SplitCell(new(Location.Table4), joined.Digits, joined.Value));
            (numbers, cells) = (joined.Numbers, joined.Cells);
        }
        else if (values.Count != Width)
            report.MalformedRows.Add(new MalformedRow(new(Location.Table4, "行政复议、行政诉讼"), Width, values.Count));
        var kinds = Enum.GetValues<CaseKind>();
        for (var k = 0; k < kinds.Length; k++)
        {
            report.Cases(kinds[k]).Set(numbers.Skip(k * CaseOutcomes.Count).Take(CaseOutcomes.Count).ToArray());
            for (var i = 0; i < CaseOutcomes.Count && k * CaseOutcomes.Count + i < cells.Count; i++)
                cells[k * CaseOutcomes.Count + i].AddSourceTo(report, CellLocations[k][i]);
        }
    }

    private static bool Balances(decimal?[] numbers) =>
        numbers.Length == Width && numbers.All(v => v is not null)
        && Enumerable.Range(0, 3).All(k => numbers.Skip(k * 5).Take(4).Sum(v => v!.Value) == numbers[k * 5 + 4]);
}
