namespace Gongkai.Reports;

/// <summary>Table 三: 25 rows × 7 columns; a null cell is one the report does not state.</summary>
public sealed class RequestTable
{
    private readonly decimal?[,] _cells = new decimal?[RequestRow.Count, ApplicantColumn.Count];

    public decimal? this[RequestRow row, ApplicantColumn column]
    {
        get => _cells[row.Index, column.Index];
        set => _cells[row.Index, column.Index] = value;
    }

    public decimal? this[string rowCode, ApplicantColumn column]
    {
        get => this[RequestRow.ByCode(rowCode), column];
        set => this[RequestRow.ByCode(rowCode), column] = value;
    }

    public decimal?[] Row(RequestRow row) =>
        Enumerable.Range(0, ApplicantColumn.Count).Select(c => _cells[row.Index, c]).ToArray();

    public decimal?[] Row(string rowCode) => Row(RequestRow.ByCode(rowCode));

    public void SetRow(RequestRow row, IReadOnlyList<decimal?> values)
    {
        for (var c = 0; c < ApplicantColumn.Count; c++)
            _cells[row.Index, c] = c < values.Count ? values[c] : null;
    }

    public void SetRow(string rowCode, params decimal?[] values) => SetRow(RequestRow.ByCode(rowCode), values);

    public bool IsEmpty => RequestRow.All.All(r => Row(r).All(v => v is null));
}
