namespace Gongkai.Documents.Reading;

/// <summary>A row label and the values that follow it, however the source broke them into lines.</summary>
public sealed class Segment(string label)
{
    public string Label { get; } = label;
    public List<Cell> Values { get; } = [];

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
            var cells = row.Cells.Select((text, i) => Cell.Of(text) with { Source = row.Source is { } place ? place with { Cell = i + 1 } : null }).ToList();
            var lastText = cells.FindLastIndex(c => c.Kind == CellKind.Text);
            var label = JoinLabel(cells, lastText);
            var values = cells.GetRange(lastText + 1, cells.Count - lastText - 1);
            Trim(values, width);
            if (!values.Any(v => v.IsValue))
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
            var segment = new Segment(pendingLabel + label) { Streaming = values.Count == 1 };
            segment.Values.AddRange(values);
            segments.Add(segment);
            pendingLabel = "";
        }
        return segments;
    }

    private static string JoinLabel(List<Cell> cells, int lastText)
    {
        if (lastText < 0) return "";
        var texts = cells.Take(lastText + 1).Where(c => c.Kind == CellKind.Text).ToList();
        return texts.Count == 1 ? texts[0].Raw : string.Concat(texts.Select(c => c.Raw));
    }

    private static void Trim(List<Cell> values, int width)
    {
        while (values.Count > width && values.Count > 0 && values[0].Kind == CellKind.Blank) values.RemoveAt(0);
        while (values.Count > width && values.Count > 0 && values[^1].Kind == CellKind.Blank) values.RemoveAt(values.Count - 1);
    }
}
