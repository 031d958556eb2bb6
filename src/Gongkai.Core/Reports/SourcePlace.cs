namespace Gongkai.Reports;

/// <summary>
/// Where in the file a value was read, so a supervisor finds it in the original: page and line of a PDF, line of a text
/// or Markdown file, table, row and cell of a Word document or web page. Numbers count from 1; absent parts are null.
/// </summary>
public sealed record SourcePlace(int? Page = null, int? Line = null, int? Table = null, int? Row = null, int? Cell = null)
{
    /// <summary>The place in words: 第3页第12行第4格, 第2个表格第5行第3格.</summary>
    public string Describe() =>
        (Page is { } p ? $"第{p}页" : "") + (Line is { } l ? $"第{l}行" : "")
        + (Table is { } t ? $"第{t}个表格" : "") + (Row is { } r ? $"第{r}行" : "") + (Cell is { } c ? $"第{c}格" : "");
}
