namespace Gongkai.Documents.Reading;

/// <summary>A row label and the values that follow it, however the source broke them into lines.</summary>
internal sealed class Segment(string label, List<Cell> values)
{
    public string Label { get; } = label;
    public List<Cell> Values { get; } = values;

    /// <summary>Built from lines holding one value each (one cell per line, no row breaks): more may follow.</summary>
    public bool Streaming { get; init; }

    public decimal?[] Numbers => Values.Select(v => v.Kind == CellKind.Blank ? null : v.Value).ToArray();

    /// <summary>
    /// Cuts a table region into segments. <paramref name="width"/> is the number of value columns when the source keeps
    /// cell positions (table 三), so padding blanks are trimmed down to it; 0 trims all blanks at the edges.
    /// </summary>
    public static List<Segment> Split(IEnumerable<LayoutRow> rows, int width, int streamLimit)
    {
        var segments = new List<Segment>();
        var pendingLabel = "";
        foreach (var row in rows)
        {
            var cells = new List<Cell>(row.Cells.Count);
            for (var i = 0; i < row.Cells.Count; i++) cells.Add(Cell.Of(row.Cells[i]) with { Row = row.Source, Index = i, Scanned = row.Scanned?[i] });
            var lastText = cells.FindLastIndex(c => c.Kind == CellKind.Text);
            var label = JoinLabel(cells, lastText);
            cells.RemoveRange(0, lastText + 1);
            var values = cells;
            Trim(values, width);
            if (!values.Exists(v => v.IsValue))
            {
                pendingLabel += label;
                continue;
            }
            if (label.Length == 0 && pendingLabel.Length == 0 && values.Count == 1 && segments.Count > 0
                && segments[^1] is { Streaming: true } open && open.Values.Count < streamLimit)
            {
                open.Values.Add(values[0]);
                continue;
            }
            var segment = new Segment(pendingLabel + label, values) { Streaming = values.Count == 1 };
            segments.Add(segment);
            pendingLabel = "";
        }
        return segments;
    }

    /// <summary>The text cells up to the last one, joined: a label the source broke into cells is one label.</summary>
    private static string JoinLabel(List<Cell> cells, int lastText)
    {
        string? single = null;
        System.Text.StringBuilder? joined = null;
        for (var i = 0; i <= lastText; i++)
        {
            if (cells[i].Kind != CellKind.Text) continue;
            if (single is null) single = cells[i].Raw;
            else (joined ??= new System.Text.StringBuilder(single)).Append(cells[i].Raw);
        }
        return joined?.ToString() ?? single ?? "";
    }

    private static void Trim(List<Cell> values, int width)
    {
        while (values.Count > width && values.Count > 0 && values[0].Kind == CellKind.Blank) values.RemoveAt(0);
        while (values.Count > width && values.Count > 0 && values[^1].Kind == CellKind.Blank) values.RemoveAt(values.Count - 1);
    }
}
