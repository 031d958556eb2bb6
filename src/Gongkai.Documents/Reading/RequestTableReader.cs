
namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads table 三 by the structure of the format: rows come in the fixed order of the 25 codes; a row's label, where the
/// source kept it, says which row it is, and a row whose label was lost takes the next place in that order.
/// </summary>
internal static class RequestTableReader
{
    private const int Width = ApplicantColumn.Count;

    /// <summary>The words of the table's first row ("一、本年新收政府信息公开申请数量"), which tell where the table stands.</summary>
    public const string FirstRowWords = "本年新收";

    /// <summary>Words that identify a row (or the first row of its group) in a label.</summary>
    private static readonly (string Code, string[] Words)[] KeywordsByCode =
    [
        ("1", [FirstRowWords, "新收政府信息"]),
        ("2", ["上年结转"]),
        ("3.1", ["予以公开"]),
        ("3.2", ["部分公开"]),
        ("3.3.1", ["国家秘密", "不予公开"]),
        ("3.3.2", ["禁止公开"]),
        ("3.3.3", ["三安全一稳定", "危及"]),
        ("3.3.4", ["第三方合法权益", "保护第三方"]),
        ("3.3.5", ["内部事务"]),
        ("3.3.6", ["过程性信息"]),
        ("3.3.7", ["行政执法案卷", "执法案卷"]),
        ("3.3.8", ["行政查询"]),
        ("3.4.1", ["不掌握", "无法提供"]),
        ("3.4.2", ["另行制作"]),
        ("3.4.3", ["仍不明确"]),
        ("3.5.1", ["信访", "举报投诉", "不予处理"]),
        ("3.5.2", ["重复申请"]),
        ("3.5.3", ["公开出版物"]),
        ("3.5.4", ["大量反复"]),
        ("3.5.5", ["重新出具", "确认或"]),
        ("3.6.1", ["不补正", "其他处理"]),
        ("3.6.2", ["缴纳费用", "收费通知"]),
        ("4", ["结转下年度", "继续办理"]),
    ];

    /// <summary>The words of each row, by row index.</summary>
    private static readonly string[][] Keywords =
        RequestRow.All.Select(r => KeywordsByCode.FirstOrDefault(k => k.Code == r.Code).Words ?? []).ToArray();

    private static readonly Location[][] CellLocations =
        RequestRow.All.Select(r => ApplicantColumn.All.Select(c => new Location(Location.Table3, r.Code, c.Code)).ToArray()).ToArray();

    public static void Read(IEnumerable<LayoutRow> rows, AnnualReport report)
    {
        var expected = 0;
        foreach (var (label, values, cells, split) in Rows(Segment.Split(rows, Width, Width), report))
        {
            if (expected >= RequestRow.Count) break;
            var row = Identify(label, expected);
            report.Requests.SetRow(row, values);
            for (var c = 0; c < Math.Min(cells.Count, Width); c++)
                cells[c].AddSourceTo(report, CellLocations[row.Index][c]);
            if (split is not null) report.SplitCells.Add(new SplitCell(new(Location.Table3, row.Code), split.Digits, split.Value));
            expected = row.Index + 1;
        }
    }

    /// <summary>The rows of values: a segment of 14 values is two rows whose labels were lost, one of 8 may hold a split number.</summary>
    private static IEnumerable<(string Label, decimal?[] Values, IReadOnlyList<Cell> Cells, SplitNumber.Joined? Split)> Rows(List<Segment> segments, AnnualReport report)
    {
        foreach (var segment in segments)
        {
            var numbers = segment.Numbers;
            if (numbers.Length == Width + 1 && SplitNumber.TryJoin(segment.Values, Balances) is { } joined)
            {
                yield return (segment.Label, joined.Numbers, joined.Cells, joined);
                continue;
            }
            if (numbers.Length <= Width)
            {
                yield return (segment.Label, numbers, segment.Values, null);
                continue;
            }
            if (numbers.Length % Width != 0)
                report.MalformedRows.Add(new MalformedRow(new(Location.Table3, Shorten(segment.Label)), Width, numbers.Length));
            for (var i = 0; i < numbers.Length; i += Width)
                yield return (i == 0 ? segment.Label : "", numbers[i..Math.Min(i + Width, numbers.Length)], segment.Values.GetRange(i, Math.Min(Width, numbers.Length - i)), null);
        }
    }

    private static bool Balances(decimal?[] row) =>
        row.Length == Width && row.All(v => v is not null) && row.Take(Width - 1).Sum(v => v!.Value) == row[Width - 1];

    /// <summary>The first row at or after the expected place that the label names; the expected place if it names none.</summary>
    private static RequestRow Identify(string label, int expected)
    {
        if (label.Length > 0)
            for (var i = expected; i < RequestRow.Count; i++)
                if (Names(label, RequestRow.All[i])) return RequestRow.All[i];
        return RequestRow.All[expected];
    }

    private static bool Names(string label, RequestRow row) => row.Code switch
    {
        RequestRow.OutcomeTotal => label.EndsWith("总计", StringComparison.Ordinal),
        "3.6.3" => label.EndsWith("3.其他", StringComparison.Ordinal),
        _ => Keywords[row.Index].Any(w => label.Contains(w, StringComparison.Ordinal)),
    };

    private static string Shorten(string label) => label.Length <= 30 ? label : label[^30..];
}
