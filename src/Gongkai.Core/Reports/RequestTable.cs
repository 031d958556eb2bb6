namespace Gongkai.Reports;

/// <summary>Table 三: 25 rows × 7 columns; a null cell is one the report does not state.</summary>
public sealed class RequestTable
{
    private readonly decimal?[][] _rows = RequestRow.All.Select(_ => new decimal?[ApplicantColumn.Count]).ToArray();

    public decimal? this[RequestRow row, ApplicantColumn column]
    {
        get => _rows[row.Index][column.Index];
        set => _rows[row.Index][column.Index] = value;
    }

    public decimal? this[string rowCode, ApplicantColumn column]
    {
        get => this[RequestRow.ByCode(rowCode), column];
        set => this[RequestRow.ByCode(rowCode), column] = value;
    }

    /// <summary>The seven cells of a row, without copying them.</summary>
    public ReadOnlySpan<decimal?> Cells(RequestRow row) => _rows[row.Index];

    public decimal?[] Row(RequestRow row) => Cells(row).ToArray();

    public decimal?[] Row(string rowCode) => Row(RequestRow.ByCode(rowCode));

    public void SetRow(RequestRow row, IReadOnlyList<decimal?> values)
    {
        for (var c = 0; c < ApplicantColumn.Count; c++)
            _rows[row.Index][c] = c < values.Count ? values[c] : null;
    }

    public void SetRow(string rowCode, params decimal?[] values) => SetRow(RequestRow.ByCode(rowCode), values);

    public bool IsEmpty => _rows.All(row => row.All(v => v is null));

    /// <summary>Whether every cell of the row is stated, and their values if so.</summary>
    public bool TryGetRow(RequestRow row, Span<decimal> values)
    {
        var cells = _rows[row.Index];
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is not { } v) return false;
            values[c] = v;
        }
        return true;
    }
}
