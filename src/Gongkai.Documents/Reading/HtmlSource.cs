using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Gongkai.Documents.Reading;

/// <summary>
/// A web page as government sites publish reports: paragraphs and data tables. Tables that hold other tables are page
/// layout, not data: their cells are read as blocks.
/// </summary>
internal static class HtmlSource
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "SECTION", "ARTICLE", "HEADER", "FOOTER", "BLOCKQUOTE",
        "PRE", "TR", "TD", "TH", "CAPTION", "CENTER", "FORM", "MAIN", "NAV", "DL", "DT", "DD", "FIGURE", "FIGCAPTION",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "svg" };

    /// <param name="progress">Told of each picture read by OCR, where the page's tables are pictures inlined in it.</param>
    public static IReadOnlyList<LayoutRow> Rows(string html, Action<string>? progress = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var rows = new List<LayoutRow>();
        var line = new StringBuilder();
        var tables = 0;
        var pictures = new List<Scans.EmbeddedPicture>();
        Walk(document.Body ?? (INode)document.DocumentElement, rows, line, ref tables, pictures);
        Flush(rows, line);
        return Scans.EmbeddedPictures.ReadInPlace(rows, pictures, progress);
    }

    /// <param name="tables">Data tables met so far: a row's place names its table by this number.</param>
    /// <param name="pictures">Pictures inlined in the page (data: addresses; others are not in the file), in their places.</param>
    private static void Walk(INode node, List<LayoutRow> rows, StringBuilder line, ref int tables, List<Scans.EmbeddedPicture> pictures)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                line.Append(text.Data.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
                continue;
            }
            if (child is not IElement element || Skipped.Contains(element.LocalName)) continue;
            if (element.LocalName == "br")
            {
                Flush(rows, line);
                continue;
            }
            if (element.LocalName == "img" && element.GetAttribute("src") is { } source && source.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase))
            {
                Flush(rows, line);
                pictures.Add(new(rows.Count, () => Inlined(source)));
                continue;
            }
            if (element.LocalName == "table" && element.QuerySelector("table") is null)
            {
                Flush(rows, line);
                var table = ++tables;
                foreach (var (row, i) in element.QuerySelectorAll("tr").Select((row, i) => (row, i)))
                    rows.Add(new LayoutRow(row.Children.Where(c => c.LocalName is "td" or "th").Select(CellText).ToArray()) { Source = new(Table: table, Row: i + 1) });
                continue;
            }
            var block = Blocks.Contains(element.TagName);
            if (block) Flush(rows, line);
            Walk(element, rows, line, ref tables, pictures);
            if (block) Flush(rows, line);
        }
    }

    /// <summary>The bytes of a base64 data: address, or null where it is not one.</summary>
    private static byte[]? Inlined(string source)
    {
        var comma = source.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || !source[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return Convert.FromBase64String(source[(comma + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string CellText(IElement cell) =>
        TextNormalizer.Normalize(string.Join(' ', (cell.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private static void Flush(List<LayoutRow> rows, StringBuilder line)
    {
        if (line.Length == 0) return;
        var text = line.ToString();
        line.Clear();
        if (text.Trim().Length > 0) rows.Add(TextSource.LineRow(TextNormalizer.Normalize(text.Trim())));
    }
}
