using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// A report laid out as crawlers and converters store published pages: Markdown with pipe tables (merged cells left
/// empty, headers flattened, labels prefixed with their group, &lt;br&gt; in cells) or bare pipe rows with ASCII punctuation.
/// Built from the report's own tables, so what is read must equal what was written.
/// </summary>
public static class Crawled
{
    public enum Layout
    {
        /// <summary>"# 标题", "## 一、…", "**第二十条第（一）项**" captions, "| --- |" after each table's first row.</summary>
        Markdown,
        /// <summary>Markdown whose table 三 has one flattened header row ("法人或其他组织：商业企业") and group-prefixed labels.</summary>
        MarkdownFlattened,
        /// <summary>Pipe rows without separator lines, alternately without outer pipes, ragged empty cells, ASCII brackets and colons.</summary>
        PipeRows,
    }

    public static string Write(AnnualReport report, Layout layout)
    {
        var markdown = layout != Layout.PipeRows;
        var lines = new List<string>
        {
            (markdown ? "# " : "") + $"{report.Agency}{report.Year}年政府信息公开工作年度报告", "", report.Opening, "",
        };
        foreach (var section in ReportSections.All)
        {
            lines.Add((markdown ? "## " : "") + section.Title());
            lines.Add("");
            if (TableGrid.For(report, section) is { } grid)
            {
                var matrix = Expand(grid);
                if (layout == Layout.MarkdownFlattened && section == ReportSection.Requests) matrix = Flatten(matrix);
                lines.AddRange(Table(matrix, layout));
                lines.Add("");
            }
            foreach (var paragraph in (report.SectionText.GetValueOrDefault(section) ?? "").Split('\n')) lines.AddRange([paragraph, ""]);
        }
        var text = string.Join('\n', lines);
        return layout == Layout.PipeRows ? text.Replace('（', '(').Replace('）', ')').Replace('：', ':') : text;
    }

    /// <summary>The grid with every merged cell spread over the places it covers: its text in the first, the others empty.</summary>
    public static List<string[]> Expand(List<List<GridCell>> grid)
    {
        var width = grid[0].Sum(c => c.ColSpan);
        var rows = new List<string?[]>();
        for (var r = 0; r < grid.Count; r++)
        {
            while (rows.Count <= r) rows.Add(new string?[width]);
            var column = 0;
            foreach (var cell in grid[r])
            {
                while (column < width && rows[r][column] is not null) column++;
                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    while (rows.Count <= r + dr) rows.Add(new string?[width]);
                    for (var dc = 0; dc < cell.ColSpan && column + dc < width; dc++)
                        rows[r + dr][column + dc] = dr == 0 && dc == 0 ? cell.Text : "";
                }
                column += cell.ColSpan;
            }
        }
        return rows.Select(r => r.Select(c => c ?? "").ToArray()).ToList();
    }

    /// <summary>Table 三 as LLM converters flatten it: one header row naming each column by its path, labels by theirs.</summary>
    private static List<string[]> Flatten(List<string[]> matrix)
    {
        var header = new string[matrix[0].Length];
        header[0] = "项目";
        header[1] = header[2] = "";
        var group = "";
        for (var c = 3; c < header.Length; c++)
        {
            if (matrix[1][c].Length > 0) group = matrix[1][c];
            header[c] = matrix[2][c].Length > 0 ? $"申请人情况：{group}：{matrix[2][c]}" : $"申请人情况：{group}";
        }
        var body = new List<string[]> { header };
        string outer = "", middle = "";
        foreach (var row in matrix.Skip(3))
        {
            if (row[0].Length > 0) (outer, middle) = (row[0], "");
            if (row[1].Length > 0 && row[2].Length > 0) middle = row[1];
            var label = row[0].Length > 0 && row[1].Length == 0 ? row[0]
                : row[2].Length > 0 ? $"{outer} {middle}<br>{row[2]}"
                : $"{outer} {row[1]}";
            body.Add([label.Trim(), "", "", .. row[3..]]);
        }
        return body;
    }

    private static IEnumerable<string> Table(List<string[]> matrix, Layout layout)
    {
        var first = true;
        var row = 0;
        foreach (var cells in matrix)
        {
            var caption = cells.Count(c => c.Length > 0) == 1 && cells[0].StartsWith("第二十条", StringComparison.Ordinal);
            if (caption)
            {
                if (!first) yield return "";
                yield return layout == Layout.PipeRows ? cells[0] : $"**{cells[0]}**";
                yield return "";
                first = true;
                continue;
            }
            yield return layout == Layout.PipeRows ? PipeRow(cells, row++) : "| " + string.Join(" | ", cells) + " |";
            if (first && layout != Layout.PipeRows)
                yield return "|" + string.Concat(cells.Select((_, i) => i % 2 == 0 ? " --- |" : ":---:|"));
            first = false;
        }
    }

    /// <summary>A crawled row: every other one without outer pipes, trailing empty cells run together ("| 3 | ||").</summary>
    private static string PipeRow(string[] cells, int row)
    {
        var filled = cells.Length;
        while (filled > 1 && cells[filled - 1].Length == 0) filled--;
        var body = string.Join(" | ", cells.Take(filled)) + (filled < cells.Length ? " |" + new string('|', cells.Length - filled) : "");
        return row % 2 == 0 ? "| " + body + " |" : body;
    }
}
