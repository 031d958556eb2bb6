using System.Net;

namespace Gongkai.Documents.Writing;

/// <summary>
/// The report as a web page for the agency's site, and the page Chromium prints to PDF: headings, paragraphs, accessible
/// tables whose header rows repeat on each printed page and whose rows never split, and the 落款 (agency and date).
/// </summary>
public static class ReportHtml
{
    /// <param name="date">The date of the 落款; none where null (a draft).</param>
    public static string Write(AnnualReport report, DateOnly? date = null)
    {
        var title = ReportText.Title(report);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title>
            <style>
            body {"{"} font-family: "FangSong", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 16px; line-height: 1.7; max-width: 60em; margin: 2em auto; padding: 0 1em; {"}"}
            h1 {"{"} text-align: center; font-size: 1.6em; {"}"}
            h2 {"{"} font-size: 1.15em; margin-top: 1.5em; {"}"}
            table {"{"} border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 14px; {"}"}
            th, td {"{"} border: 1px solid #333; padding: 0.3em 0.6em; text-align: center; {"}"}
            th[scope=row] {"{"} text-align: left; {"}"}
            table.wide {"{"} font-size: 12px; {"}"}
            table.wide th, table.wide td {"{"} padding: 0.2em 0.25em; {"}"}
            thead {"{"} display: table-header-group; {"}"}
            td:not([rowspan]), th:not([rowspan]) {"{"} break-inside: avoid; {"}"}
            h2 {"{"} break-after: avoid; page-break-after: avoid; {"}"}
            p.signature {"{"} text-align: right; margin: 0; {"}"}
            p.signature.first {"{"} margin-top: 2em; {"}"}
            </style>
            </head>
            <body>
            <h1>{E(title)}</h1>

            """);
        foreach (var paragraph in ReportText.Paragraphs(report.Opening))
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph)}</p>\n");
        foreach (var section in ReportSections.All)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(section.Title())}</h2>\n");
            var grid = TableGrid.For(report, section);
            if (grid is not null) Table(html, grid, section.Title());
            foreach (var paragraph in ReportText.Paragraphs(report.SectionText.GetValueOrDefault(section)))
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph)}</p>\n");
        }
        if (date is { } on)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"signature first\">{E(report.Agency ?? "")}</p>\n<p class=\"signature\">{Calendar.ChinaTime.Written(on)}</p>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, List<List<GridCell>> grid, string caption)
    {
        var wide = grid.Max(r => r.Sum(c => c.ColSpan)) > 8;
        html.Append(CultureInfo.InvariantCulture, $"<table{(wide ? " class=\"wide\"" : "")}>\n<caption hidden>{E(caption)}</caption>\n");
        var headRows = TableGrid.HeadRows(grid);
        html.Append(headRows > 0 ? "<thead>\n" : "<tbody>\n");
        for (var i = 0; i < grid.Count; i++)
        {
            if (i == headRows && headRows > 0) html.Append("</thead>\n<tbody>\n");
            var row = grid[i];
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var tag = cell.Header ? "th" : "td";
                var scope = cell.Header && row.Any(c => !c.Header) ? " scope=\"row\"" : "";
                var spans = (cell.ColSpan > 1 ? $" colspan=\"{cell.ColSpan}\"" : "") + (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : "");
                html.Append(CultureInfo.InvariantCulture, $"<{tag}{scope}{spans}>{E(cell.Text)}</{tag}>");
            }
            html.Append("</tr>\n");
        }
        html.Append(headRows == grid.Count ? "</thead>\n</table>\n" : "</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
