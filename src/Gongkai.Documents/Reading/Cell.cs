namespace Gongkai.Documents.Reading;

internal enum CellKind
{
    Blank,
    Text,
    Number,
    /// <summary>"/", "—", "无": the report states no number here.</summary>
    Missing,
}

/// <summary>A table cell as the parser sees it: its kind, its compact text and, for a number, its value.</summary>
internal readonly record struct Cell(CellKind Kind, string Raw, decimal? Value)
{
    /// <summary>Where the cell's row stands in the file, where the source knows it.</summary>
    public Reports.SourcePlace? Row { get; init; }

    /// <summary>The cell's place in its row, from 0.</summary>
    public int Index { get; init; }

    /// <summary>How OCR read the cell, where it came from a picture.</summary>
    public Reports.ScannedValue? Scanned { get; init; }

    /// <summary>Records in the report where this cell was read, as the value at the location, and how, where OCR read it.</summary>
    public void AddSourceTo(Reports.AnnualReport report, Reports.Location at)
    {
        report.AddSource(at, Row, Index + 1);
        if (Scanned is not null) report.ScannedValues.TryAdd(at, Scanned);
    }

    public static Cell Of(string text)
    {
        var compact = TextNormalizer.Compact(text);
        if (compact.Length == 0) return new(CellKind.Blank, compact, null);
        if (TextNormalizer.TryParseNumber(compact, out var value)) return new(CellKind.Number, compact, value);
        // A number too long to be a count is flagged in its cell as missing, not taken for a label or a crash.
        if (TextNormalizer.IsMissingMarker(compact) || TextNormalizer.IsOverlongNumber(compact)) return new(CellKind.Missing, compact, null);
        return new(CellKind.Text, compact, null);
    }

    public bool IsValue => Kind is CellKind.Number or CellKind.Missing;

    public bool IsSingleDigit => Kind == CellKind.Number && Raw.Length == 1;
}
