namespace Gongkai.Reports;

/// <summary>
/// A 政府信息公开工作年度报告 in the national format (国办公开办函〔2021〕30号): the three tables,
/// the narrative sections and what the narrative states in words.
/// </summary>
public sealed class AnnualReport
{
    public string? Agency { get; set; }
    public int? Year { get; set; }

    public ProactiveDisclosure Proactive { get; } = new();
    public RequestTable Requests { get; } = new();
    public CaseOutcomes Review { get; } = new();
    public CaseOutcomes LitigationDirect { get; } = new();
    public CaseOutcomes LitigationAfterReview { get; } = new();

    /// <summary>The paragraphs between the title and section 一: the standard opening and often the contact block.</summary>
    public string Opening { get; set; } = "";

    /// <summary>The section headings in the order they stand in the document.</summary>
    public List<SectionHeading> Headings { get; } = [];

    /// <summary>The narrative text of each section found (tables excluded).</summary>
    public Dictionary<ReportSection, string> SectionText { get; } = [];

    /// <summary>Facts the narrative states in words that the tables also hold.</summary>
    public List<StatedFact> StatedFacts { get; } = [];

    /// <summary>Years the title or the narrative cite as the statistics year.</summary>
    public List<CitedYear> CitedYears { get; } = [];

    /// <summary>Numbers the reader found split over two cells and read as one.</summary>
    public List<SplitCell> SplitCells { get; } = [];

    /// <summary>The values read from a picture by OCR, each with its confidence and box, by where it stands in the tables.</summary>
    public Dictionary<Location, ScannedValue> ScannedValues { get; } = [];

    /// <summary>Rows of the tables where the document holds more or fewer numbers than the format has cells.</summary>
    public List<MalformedRow> MalformedRows { get; } = [];

    /// <summary>
    /// Where each value and section was read, in the order read: the place of its row in the file and its cell's number
    /// in the row (null for a heading). The row's place is shared by its cells: a report has hundreds of them. Made on the
    /// first place recorded: a report rebuilt from stored tables (thousands for a region's sums) has none.
    /// </summary>
    private Dictionary<Location, (SourcePlace Row, int? Cell)>? _sources;

    /// <summary>Records where the value or section at a location was read.</summary>
    public void AddSource(Location at, SourcePlace? row, int? cell = null)
    {
        if (row is not null) (_sources ??= new(256)).TryAdd(at, (row, cell));
    }

    /// <summary>The place of a location in the file, or else of the first value read in its row, or in its table.</summary>
    public SourcePlace? SourceOf(Location at)
    {
        if (_sources is null) return null;
        if (!_sources.TryGetValue(at, out var found))
            found = _sources.FirstOrDefault(s => s.Key.Table == at.Table && (at.Row is null || s.Key.Row == at.Row)).Value;
        if (found.Row is null)
            found = _sources.FirstOrDefault(s => s.Key.Table == at.Table).Value;
        return found.Row is null ? null : found.Cell is null ? found.Row : found.Row with { Cell = found.Cell };
    }

    /// <summary>Drops the narrative text and the places once audited, where only the tables and findings are kept (large batches).</summary>
    public void ReleaseNarrative()
    {
        SectionText.Clear();
        _sources = null;
        Opening = "";
    }

    public CaseOutcomes Cases(CaseKind kind) => kind switch
    {
        CaseKind.Review => Review,
        CaseKind.LitigationDirect => LitigationDirect,
        CaseKind.LitigationAfterReview => LitigationAfterReview,
    };
}

public enum StatedFactKind
{
    RequestsReceived,
    ReviewCases,
    LitigationCases,
    /// <summary>Requests answered or closed in the year (办结, 答复): table 三's 总计 of results.</summary>
    RequestsAnswered,
    /// <summary>Requests carried in from last year (上年结转).</summary>
    RequestsCarriedIn,
    /// <summary>Requests carried forward to next year (结转下年度).</summary>
    RequestsCarriedForward,
    /// <summary>行政事业性收费 of the year in 万元: table 二's fee (not the 信息处理费 of requests).</summary>
    AdministrativeFees,
}

/// <summary>A number stated in the narrative, with the words that state it.</summary>
public sealed record StatedFact(StatedFactKind Kind, decimal Value, string Quote);

/// <summary>A year cited as the statistics year, with the words that cite it.</summary>
public sealed record CitedYear(int Year, string Quote);

/// <summary>Two adjacent single digits read as one number: a conversion artefact.</summary>
public sealed record SplitCell(Location Location, string Digits, decimal Value);

/// <summary>A row of a table that did not hold the expected count of numbers.</summary>
public sealed record MalformedRow(Location Location, int Expected, int Found);

/// <summary>Where a value stands: a table (二/三/四, or "narrative"), a row code and a column code.</summary>
public sealed record Location(string Table, string? Row = null, string? Column = null)
{
    public const string Table2 = "二";
    public const string Table3 = "三";
    public const string Table4 = "四";
    public const string Narrative = "narrative";
    public const string Title = "title";

    /// <summary>
    /// The reader records where each of a report's few hundred cells was read, keyed by location, through locations made
    /// once per table: their hash is worked out once, not from three strings at every use. A copy (<c>with</c>) works
    /// out its own.
    /// </summary>
    private int _hash;

    private Location(Location original) => (Table, Row, Column) = (original.Table, original.Row, original.Column);

    public bool Equals(Location? other) =>
        ReferenceEquals(this, other) || (other is not null && Table == other.Table && Row == other.Row && Column == other.Column);

    public override int GetHashCode() => _hash != 0 ? _hash : _hash = HashCode.Combine(Table, Row, Column) | 1;

    /// <summary>The place in words, for an officer: 表三“（七）总计”行“自然人”列, 表二“规章”行“现行有效件数”列, 正文第五部分, 标题.</summary>
    public string Describe() => Table switch
    {
        Title => "标题",
        Narrative => Row is null ? "正文" : $"正文第{Row}部分",
        _ => $"表{Table}" + (Row is null ? "" : $"“{RowLabel()}”行") + (Column is null ? "" : $"“{ColumnLabel()}”列"),
    };

    private string RowLabel() => Table switch
    {
        Table3 => RequestRow.All.FirstOrDefault(r => r.Code == Row)?.FullLabel ?? Row!,
        Table4 => Enum.GetValues<CaseKind>().Where(k => k.Code() == Row).Select(k => k.Label()).FirstOrDefault() ?? Row!,
        _ => ProactiveCodes.RowLabel(Row!),
    };

    private string ColumnLabel() => Table switch
    {
        Table3 => ApplicantColumn.All.FirstOrDefault(c => c.Code == Column)?.Label ?? Column!,
        Table4 => CaseOutcomes.Columns.FirstOrDefault(c => c.Code == Column).Label ?? Column!,
        _ => ProactiveCodes.ColumnLabel(Column!),
    };
}
