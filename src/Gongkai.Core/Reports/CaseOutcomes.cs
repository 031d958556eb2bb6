namespace Gongkai.Reports;

/// <summary>One group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
public sealed class CaseOutcomes
{
    public static IReadOnlyList<(string Code, string Label)> Columns { get; } =
    [
        ("upheld", "结果维持"), ("corrected", "结果纠正"), ("otherResult", "其他结果"), ("pending", "尚未审结"), ("total", "总计"),
    ];

    public const int Count = 5;
    public const int TotalIndex = 4;

    private readonly decimal?[] _values = new decimal?[Count];

    public decimal? this[int index]
    {
        get => _values[index];
        set => _values[index] = value;
    }

    public decimal? Total => _values[TotalIndex];

    public IReadOnlyList<decimal?> Values => _values;

    public void Set(IReadOnlyList<decimal?> values)
    {
        for (var i = 0; i < Count; i++)
            _values[i] = i < values.Count ? values[i] : null;
    }
}

/// <summary>The three groups of table 四 with their stable codes.</summary>
public enum CaseKind
{
    Review,
    LitigationDirect,
    LitigationAfterReview,
}

public static class CaseKindNames
{
    public static string Code(this CaseKind kind) => kind switch
    {
        CaseKind.Review => "review",
        CaseKind.LitigationDirect => "litigationDirect",
        CaseKind.LitigationAfterReview => "litigationAfterReview",
    };

    public static string Label(this CaseKind kind) => kind switch
    {
        CaseKind.Review => "行政复议",
        CaseKind.LitigationDirect => "行政诉讼（未经复议直接起诉）",
        CaseKind.LitigationAfterReview => "行政诉讼（复议后起诉）",
    };
}
