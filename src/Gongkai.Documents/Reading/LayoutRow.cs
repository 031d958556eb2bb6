namespace Gongkai.Documents.Reading;

/// <summary>
/// One line of a document as every source yields it: a paragraph is a row of one cell; a table row, a tab-separated line
/// or a line of a PDF is a row of cells. The report parser works on these alone, whatever the file was.
/// </summary>
internal sealed record LayoutRow(IReadOnlyList<string> Cells)
{
    /// <summary>Where the row stands in the file (its cells add their number).</summary>
    public Reports.SourcePlace? Source { get; init; }

    /// <summary>For a row read from a picture, each cell's OCR confidence and box (null where a cell has no value read).</summary>
    public IReadOnlyList<Reports.ScannedValue?>? Scanned { get; init; }

    public string Text => Cells.Count == 1 ? Cells[0] : string.Concat(Cells);
}
