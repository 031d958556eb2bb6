
namespace Gongkai.Documents.Reading;

/// <summary>Reads table 二: each item by the last item word in its label, or by the order of the format where labels were lost.</summary>
internal static class ProactiveTableReader
{
    private enum Item { Regulations, NormativeDocuments, Licensing, Penalty, Enforcement, Fees }

    private static readonly (Item Item, string Word)[] Words =
    [
        (Item.NormativeDocuments, "规范性文件"),
        (Item.Regulations, "规章"),
        (Item.Licensing, "行政许可"),
        (Item.Penalty, "行政处罚"),
        (Item.Enforcement, "行政强制"),
        (Item.Fees, "收费"),
    ];

    /// <summary>Each item's cells, by the codes <see cref="ProactiveDisclosure.Cells"/> gives them, in the order of <see cref="Item"/>.</summary>
    private static readonly Location[][] CellLocations =
        new ProactiveDisclosure().Cells().GroupBy(c => c.Row).Select(g => g.Select(c => new Location(Location.Table2, c.Row, c.Column)).ToArray()).ToArray();

    public static void Read(IEnumerable<LayoutRow> rows, AnnualReport report)
    {
        var table = report.Proactive;
        var next = Item.Regulations;
        foreach (var segment in Segment.Split(rows, width: 0, streamLimit: 3))
        {
            var item = Identify(segment.Label) ?? next;
            var values = segment.Numbers;
            switch (item)
            {
                case Item.Regulations: table.Regulations.Set(values); break;
                case Item.NormativeDocuments: table.NormativeDocuments.Set(values); break;
                case Item.Licensing: table.Licensing = values[0]; break;
                case Item.Penalty: table.Penalty = values[0]; break;
                case Item.Enforcement: table.Enforcement = values[0]; break;
                case Item.Fees: table.FeesWanYuan = values[0]; break;
            }
            var locations = CellLocations[(int)item];
            for (var i = 0; i < Math.Min(locations.Length, segment.Values.Count); i++)
                segment.Values[i].AddSourceTo(report, locations[i]);
            if (item == Item.Fees) break;
            next = item + 1;
        }
    }

    private static Item? Identify(string label)
    {
        var found = Words.Select(w => (w.Item, At: label.LastIndexOf(w.Word, StringComparison.Ordinal))).Where(w => w.At >= 0).ToList();
        return found.Count == 0 ? null : found.MaxBy(w => w.At).Item;
    }
}
