using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Supervision;

namespace Gongkai.Documents.Writing;

/// <summary>
/// One agency's two years side by side: the figures with their changes, and this year's narrative with the text also in
/// last year's marked; as an HTML fragment (the page, and the page Chromium prints to PDF) and as a GB/T 9704 DOCX.
/// </summary>
public static class YearComparisonWriter
{
    public static List<List<GridCell>> FigureGrid(YearComparison comparison) =>
    [
        [new("位置", Header: true), new($"{comparison.Year - 1}年", Header: true), new($"{comparison.Year}年", Header: true), new("变化", Header: true)],
        .. comparison.Figures.Select(f => new List<GridCell>
        {
            new(f.Location.Describe()), new(Figures.Show(f.Before, "—")), new(Figures.Show(f.Now, "—")), new(Change(f.Change)),
        }),
    ];

    public static string Change(decimal? change) => change switch
    {
        null => "—",
        > 0 => "+" + Figures.Show(change.Value),
        0 => "不变",
        _ => Figures.Show(change.Value),
    };

    public static string Heading(SectionComparison section) =>
        $"第{section.Section.Numeral()}部分“{section.Section.Title()}”：与上年相同的文字约占{Figures.Percent(section.Similarity)}";

    /// <summary>The comparison as HTML without a page around it; shared text is in &lt;mark&gt;.</summary>
    public static string Fragment(YearComparison comparison)
    {
        var html = new StringBuilder();
        var grid = FigureGrid(comparison);
        html.Append("<h2>一、表格数字的变化</h2><table id=\"figures\"><thead><tr>");
        foreach (var cell in grid[0]) html.Append("<th scope=\"col\">").Append(E(cell.Text)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in grid.Skip(1))
        {
            html.Append("<tr><th scope=\"row\">").Append(E(row[0].Text)).Append("</th>");
            foreach (var cell in row.Skip(1)) html.Append("<td>").Append(E(cell.Text)).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table><h2>二、正文与上年相同的文字（已标记）</h2>");
        foreach (var section in comparison.Sections)
        {
            html.Append("<h3>").Append(E(Heading(section))).Append("</h3><p class=\"narrative\">");
            foreach (var (text, shared) in section.Passages) html.Append(shared ? $"<mark>{E(text)}</mark>" : E(text));
            html.Append("</p>");
        }
        return html.ToString();
    }

    /// <summary>The page Chromium prints: the fragment under the title.</summary>
    public static string Document(YearComparison comparison) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{E(comparison.Title)}</title>
        <style>
        body {"{"} font-family: "FangSong", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 15px; line-height: 1.7; {"}"}
        h1 {"{"} text-align: center; font-size: 1.5em; {"}"}
        table {"{"} border-collapse: collapse; width: 100%; font-size: 13px; {"}"}
        th, td {"{"} border: 1px solid #333; padding: 0.2em 0.5em; {"}"}
        th[scope=row] {"{"} text-align: left; font-weight: normal; {"}"}
        thead {"{"} display: table-header-group; {"}"}
        tr {"{"} break-inside: avoid; {"}"}
        mark {"{"} background: #ffe066; color: #1a1a1a; {"}"}
        .narrative {"{"} white-space: pre-wrap; {"}"}
        </style></head>
        <body><h1>{E(comparison.Title)}</h1>{Fragment(comparison)}</body></html>
        """;

    public static byte[] Docx(YearComparison comparison)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(OfficialDocx.Paragraph(comparison.Title, OfficialDocx.TitleFont, OfficialDocx.TitleSize, JustificationValues.Center));
            body.Append(OfficialDocx.Paragraph("一、表格数字的变化", OfficialDocx.HeadingFont));
            body.Append(ReportDocx.Table(FigureGrid(comparison)));
            body.Append(OfficialDocx.Paragraph("二、正文与上年相同的文字（已标记）", OfficialDocx.HeadingFont));
            foreach (var section in comparison.Sections)
            {
                body.Append(OfficialDocx.Paragraph(Heading(section), OfficialDocx.HeadingFont));
                var paragraph = new Paragraph(new ParagraphProperties(new Indentation { FirstLineChars = 200 }));
                foreach (var (text, shared) in section.Passages)
                {
                    var run = OfficialDocx.Run(text, OfficialDocx.BodyFont, OfficialDocx.BodySize);
                    if (shared) run.RunProperties!.Append(new Highlight { Val = HighlightColorValues.Yellow });
                    paragraph.Append(run);
                }
                body.Append(paragraph);
            }
            body.Append(OfficialDocx.A4());
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
