namespace Gongkai.Documents.Importing;

/// <summary>A month's count of one channel outside Gongkai as imported: 年份, 月份, 发布渠道, 发布条数.</summary>
public sealed record ChannelCountRow(int Year, int Month, string Channel, int Items);

/// <summary>
/// Reads the items an agency published outside Gongkai (its 公众号, 微博, 公示栏…) from the CSV or XLSX it keeps them in, one
/// row per channel and month. A bad row stops the import with its row number and column; nothing half-imported is stored.
/// </summary>
public static class ChannelCountImport
{
    public static readonly string[] Header = ["年份", "月份", "发布渠道", "发布条数"];

    public static IReadOnlyList<ChannelCountRow> Read(byte[] bytes, string fileName)
    {
        var table = new ImportTable(fileName, Header);
        return table.DataRows(bytes).Select(r =>
        {
            var channel = ImportTable.Text(r.Cells, 2);
            if (channel.Length == 0) throw table.Bad(r.Line, 2, "不能为空", r.Cells);
            return new ChannelCountRow(table.Count(r.Cells, 0, r.Line), table.Month(r.Cells, 1, r.Line), channel, table.Count(r.Cells, 3, r.Line));
        }).ToList();
    }
}
