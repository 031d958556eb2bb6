namespace Gongkai.Documents.Reading;

/// <summary>Joins two adjacent single digits into one number where that, and only that, makes a row balance.</summary>
internal static class SplitNumber
{
    /// <param name="Cells">The cells of the numbers, the pair joined standing as its first cell.</param>
    public sealed record Joined(decimal?[] Numbers, IReadOnlyList<Cell> Cells, string Digits, decimal Value);

    public static Joined? TryJoin(IReadOnlyList<Cell> values, Func<decimal?[], bool> balances)
    {
        for (var i = 0; i + 1 < values.Count; i++)
        {
            if (!values[i].IsSingleDigit || !values[i + 1].IsSingleDigit || values[i].Raw == "0") continue;
            var digits = values[i].Raw + values[i + 1].Raw;
            var value = decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            var numbers = values.Take(i).Select(Number).Append(value).Concat(values.Skip(i + 2).Select(Number)).ToArray();
            if (balances(numbers)) return new Joined(numbers, [.. values.Take(i + 1), .. values.Skip(i + 2)], $"{values[i].Raw}|{values[i + 1].Raw}", value);
        }
        return null;
    }

    private static decimal? Number(Cell cell) => cell.Kind == CellKind.Blank ? null : cell.Value;
}
