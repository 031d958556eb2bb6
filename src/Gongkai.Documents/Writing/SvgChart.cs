using System.Net;

namespace Gongkai.Documents.Writing;

/// <summary>
/// Charts drawn on the server as SVG: they show in any browser without JavaScript, print with the page, and carry their
/// numbers as text (and a title for screen readers).
/// </summary>
public static class SvgChart
{
    private const int Width = 720;
    private const string Bar = "#8b1a1a";

    /// <summary>Horizontal bars, one a line, with the value at the end of each.</summary>
    public static string Bars(string title, IReadOnlyList<(string Label, decimal Value)> bars)
    {
        const int line = 24, top = 34, labelWidth = 240;
        var height = top + Math.Max(1, bars.Count) * line + 10;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var svg = Start(title, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = top + i * line;
            var length = max <= 0 ? 0 : (double)(value / max) * (Width - labelWidth - 70);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{Escape(Shorten(label, 20))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{length:0.#}\" height=\"{line - 8}\" fill=\"{Bar}\"><title>{Escape(label)}：{Format(value)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + length + 4:0.#}\" y=\"{y + 15}\" font-size=\"12\">{Format(value)}</text>");
        }
        if (bars.Count == 0) svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{top + 15}\" font-size=\"12\">暂无数据</text>");
        return End(svg);
    }

    /// <summary>A line over years (or any ordered labels), with each point's value above it.</summary>
    public static string Trend(string title, IReadOnlyList<(string Label, decimal Value)> points)
    {
        const int height = 240, top = 40, bottom = 200, left = 60, right = Width - 40;
        var max = points.Count == 0 ? 0 : points.Max(p => p.Value);
        var svg = Start(title, height);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#999\"/>");
        var xy = new List<(double X, double Y)>();
        for (var i = 0; i < points.Count; i++)
        {
            var x = points.Count == 1 ? (left + right) / 2.0 : left + i * (right - left) / (double)(points.Count - 1);
            var y = max <= 0 ? bottom : bottom - (double)(points[i].Value / max) * (bottom - top);
            xy.Add((x, y));
        }
        if (xy.Count > 1)
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{Bar}\" stroke-width=\"2\" points=\"{string.Join(' ', xy.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))}\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var (x, y) = xy[i];
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4\" fill=\"{Bar}\"><title>{Escape(points[i].Label)}：{Format(points[i].Value)}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y - 8:0.#}\" text-anchor=\"middle\" font-size=\"12\">{Format(points[i].Value)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{bottom + 18}\" text-anchor=\"middle\" font-size=\"12\">{Escape(points[i].Label)}</text>");
        }
        if (points.Count == 0) svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{top + 15}\" font-size=\"12\">暂无数据</text>");
        return End(svg);
    }

    /// <summary>
    /// A grid of rows (agencies) by columns (indicators), each cell shaded from white to blue by how good it is (0 to 1) and
    /// carrying its value as text; a cell without a shade (too few cases) is grey. Black text on these shades keeps AA contrast.
    /// </summary>
    public static string Heatmap(string title, IReadOnlyList<string> columns, IReadOnlyList<(string Label, IReadOnlyList<(string Text, double? Shade)> Cells)> rows)
    {
        const int top = 64, line = 26, labelWidth = 200;
        var cell = (Width - labelWidth - 10) / Math.Max(1, columns.Count);
        var svg = Start(title, top + Math.Max(1, rows.Count) * line + 10);
        for (var c = 0; c < columns.Count; c++)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + c * cell + cell / 2}\" y=\"{top - 10}\" text-anchor=\"middle\" font-size=\"10\">{Escape(Shorten(columns[c], 8))}</text>");
        for (var r = 0; r < rows.Count; r++)
        {
            var (label, cells) = rows[r];
            var y = top + r * line;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 17}\" text-anchor=\"end\" font-size=\"12\">{Escape(Shorten(label, 16))}</text>");
            for (var c = 0; c < cells.Count && c < columns.Count; c++)
            {
                var (text, shade) = cells[c];
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + c * cell}\" y=\"{y}\" width=\"{cell - 2}\" height=\"{line - 2}\" fill=\"{Shade(shade)}\"><title>{Escape(label)} {Escape(columns[c])}：{Escape(text)}</title></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + c * cell + cell / 2}\" y=\"{y + 17}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#000\">{Escape(text)}</text>");
            }
        }
        if (rows.Count == 0) svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{top + 15}\" font-size=\"12\">暂无数据</text>");
        return End(svg);
    }

    /// <summary>White (0) to #7fb2e5 (1); grey where there is no shade.</summary>
    private static string Shade(double? shade)
    {
        if (shade is not { } s) return "#e0e0e0";
        s = Math.Clamp(s, 0, 1);
        int Channel(int to) => (int)Math.Round(255 + (to - 255) * s);
        return $"#{Channel(0x7f):x2}{Channel(0xb2):x2}{Channel(0xe5):x2}";
    }

    private static StringBuilder Start(string title, int height) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-label=\"{Escape(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">")
        .Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>")
        .Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{Escape(title)}</text>");

    private static string End(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static string Format(decimal value) => Reports.Figures.Show(value);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
