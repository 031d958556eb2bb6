
namespace Gongkai.Documents.Reading;

/// <summary>
/// Plain text as agencies' files and web pages give it: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK;
/// tables as tab-separated lines, one cell per line, or cells separated by spaces.
/// </summary>
internal static class TextSource
{
    static TextSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8)) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: most Chinese government files that are not UTF-8 are GBK, which GB18030 includes.
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>Whether decoded text looks like text at all (random bytes decode to control characters and replacement marks).</summary>
    public static bool LooksLikeText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        if (sample.Length == 0) return false;
        var odd = 0;
        for (var next = sample.IndexOfAny(Odd); next >= 0; next = sample.IndexOfAny(Odd))
        {
            odd++;
            sample = sample[(next + 1)..];
        }
        return odd <= Math.Min(text.Length, 8192) / 100;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Control characters other than line breaks and tabs, and the replacement mark of a failed decode.</summary>
    private static readonly System.Buffers.SearchValues<char> Odd = System.Buffers.SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\uFFFD");

    public static IReadOnlyList<LayoutRow> Rows(string text)
    {
        text = TextNormalizer.Normalize(text);
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = text.Split('\n');
        if (IsOneCellPerLine(lines)) return CellPerLineRows(lines);
        var rows = new LayoutRow[lines.Length];
        for (var i = 0; i < lines.Length; i++) rows[i] = LineRow(lines[i], new(Line: i + 1));
        return rows;
    }

    /// <summary>A line with tabs is a row of tab-separated cells; a line of a table pasted with spaces is split at them.</summary>
    public static LayoutRow LineRow(string line, Reports.SourcePlace? source = null)
    {
        var trimmed = line.Trim();
        if (PipeCells(trimmed) is { } cells) return new LayoutRow(cells) { Source = source };
        if (line.Contains('\t')) return new LayoutRow(line.Split('\t')) { Source = source };
        // A sentence is narrative, whatever numbers it holds ("2024 年，…。").
        if (trimmed.Length > 100 || trimmed.Contains('。')) return new LayoutRow([trimmed]) { Source = source };
        return new LayoutRow(SplitAtSpaces(trimmed)) { Source = source };
    }

    /// <summary>
    /// A row of cells between pipes, as Markdown and crawled pages keep tables: with or without the outer pipes, empty
    /// cells where cells were merged or the row is ragged ("| 3 | ||"). A separator line ("|---|:---:|") is no row.
    /// A sentence with one pipe inside it is not a row.
    /// </summary>
    private static string[]? PipeCells(string line)
    {
        var pipes = line.AsSpan().Count('|');
        if (pipes < 2 && !(pipes == 1 && line.Length > 1 && (line[0] == '|' || line[^1] == '|'))) return null;
        var cells = line.Split('|').Select(c => c.Trim()).ToList();
        if (line[0] == '|') cells.RemoveAt(0);
        if (line[^1] == '|' && cells.Count > 0) cells.RemoveAt(cells.Count - 1);
        if (cells.All(c => c.Trim(':', '-').Length == 0)) return [""];
        return cells.ToArray();
    }

    /// <summary>Numbers become cells of their own; the words between them stay one cell ("结果 维持").</summary>
    public static List<string> SplitAtSpaces(string line)
    {
        // Most such lines (headings, labels) hold no space at all: one cell, as the split below would make it.
        if (line.Length > 0 && !TextNormalizer.ContainsWhiteSpace(line)) return [line];
        var cells = new List<string>();
        var words = new List<string>();
        foreach (var token in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Cell.Of(token).IsValue)
            {
                if (words.Count > 0) cells.Add(string.Join(' ', words));
                words.Clear();
                cells.Add(token);
            }
            else words.Add(token);
        }
        if (words.Count > 0) cells.Add(string.Join(' ', words));
        return cells;
    }

    /// <summary>A line of one cell after a tab; spaces a converter left before the tab change nothing.</summary>
    private static bool IsCellLine(string line) => line.AsSpan().TrimStart(' ') is ['\t', ..];

    /// <summary>The layout where every cell stands on its own line after a tab and a blank line ends the row.</summary>
    private static bool IsOneCellPerLine(string[] lines)
    {
        int single = 0, multi = 0;
        foreach (var line in lines)
        {
            if (!IsCellLine(line)) continue;
            // A trailing tab ("\t3\t") still leaves one cell on the line.
            if (line.AsSpan().Trim().Contains('\t')) multi++;
            else single++;
        }
        return single >= 20 && single > 4 * multi;
    }

    /// <summary>
    /// Cells one per line after a tab. Where blank lines end the rows, a row is the lines between them; where there are
    /// none, every line is a row of its own and the parser joins the values that follow a label.
    /// </summary>
    private static List<LayoutRow> CellPerLineRows(string[] lines)
    {
        var cellLines = lines.Count(IsCellLine);
        var grouped = lines.Count(l => l.Length == 0) * 10 >= cellLines;
        var rows = new List<LayoutRow>();
        var cells = new List<string>();
        var previousWasCell = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (IsCellLine(line))
            {
                cells.Add(trimmed);
                if (!grouped) Flush();
                previousWasCell = true;
            }
            else if (trimmed.Length == 0)
            {
                Flush();
                previousWasCell = false;
            }
            else if (previousWasCell && IsWrappedCellText(trimmed, cells.Count > 0 ? cells[^1] : rows[^1].Cells[^1]))
            {
                if (cells.Count > 0) cells[^1] += trimmed;
                else rows[^1] = new LayoutRow([.. rows[^1].Cells.SkipLast(1), rows[^1].Cells[^1] + trimmed]);
            }
            else
            {
                Flush();
                rows.Add(LineRow(line));
                previousWasCell = false;
            }
        }
        Flush();
        return rows;

        void Flush()
        {
            if (cells.Count > 0) rows.Add(new LayoutRow(cells.ToArray()));
            cells.Clear();
        }
    }

    /// <summary>A short line after a text cell is that cell's text wrapped ("商业" / "企业"), not a heading or a paragraph.</summary>
    private static bool IsWrappedCellText(string line, string previousCell) =>
        line.Length <= 15 && Cell.Of(previousCell).Kind == CellKind.Text;
}
