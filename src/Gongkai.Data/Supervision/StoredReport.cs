using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Audit;
using Gongkai.Reports;

namespace Gongkai.Data.Supervision;

/// <summary>
/// A collected report's tables, findings and narrative as the database keeps them (<see cref="ReportSubmission"/>'s
/// <c>TablesJson</c>, <c>FindingsJson</c>, <c>NarrativeJson</c>). This is a storage format, versioned and owned here; the
/// CLI's public JSON (<c>ReportJson</c>) may change its shape without touching a stored row, and this may change without
/// touching the CLI. Version 1 is what was stored before the format had a version: the CLI's shape, tables at the top level,
/// findings as a bare array, sections as a bare object. It is still read; only version 2 is written.
/// </summary>
public static class StoredReport
{
    public const int Version = 2;

    public static string Tables(AnnualReport report) => JsonSerializer.Serialize(new StoredTables
    {
        Version = Version,
        Proactive = new StoredProactive
        {
            Regulations = Counts(report.Proactive.Regulations),
            NormativeDocuments = Counts(report.Proactive.NormativeDocuments),
            Licensing = Number(report.Proactive.Licensing),
            Penalty = Number(report.Proactive.Penalty),
            Enforcement = Number(report.Proactive.Enforcement),
            FeesWanYuan = Number(report.Proactive.FeesWanYuan),
        },
        Requests = RequestRow.All.ToDictionary(row => row.Code, row => Numbers(report.Requests.Row(row))),
        Cases = Enum.GetValues<CaseKind>().ToDictionary(kind => kind.Code(), kind => Numbers(report.Cases(kind).Values)),
    }, StoredJson.Default.StoredTables);

    /// <summary>The tables back, of either version; a null is a missing cell, a row or table not kept is missing throughout.</summary>
    public static AnnualReport ReadTables(string json, string? agency = null, int? year = null)
    {
        var report = new AnnualReport { Agency = agency, Year = year };
        if (string.IsNullOrEmpty(json)) return report;
        var stored = JsonSerializer.Deserialize(json, StoredJson.Default.StoredTables)!;
        if (stored.Proactive is { } p)
        {
            Read(p.Regulations, report.Proactive.Regulations);
            Read(p.NormativeDocuments, report.Proactive.NormativeDocuments);
            (report.Proactive.Licensing, report.Proactive.Penalty, report.Proactive.Enforcement, report.Proactive.FeesWanYuan) =
                (p.Licensing, p.Penalty, p.Enforcement, p.FeesWanYuan);
        }
        foreach (var row in RequestRow.All)
            if (stored.Requests?.GetValueOrDefault(row.Code) is { } values) report.Requests.SetRow(row, values);
        foreach (var kind in Enum.GetValues<CaseKind>())
            if (CaseValues(stored, kind.Code()) is { } values) report.Cases(kind).Set(values);
        return report;
    }

    /// <summary>Version 2 keeps table 四 under "cases"; version 1 kept each kind at the top level.</summary>
    private static decimal?[]? CaseValues(StoredTables stored, string code) =>
        stored.Cases is { } cases ? cases.GetValueOrDefault(code)
        : stored.Version1Cases?.GetValueOrDefault(code) is { ValueKind: JsonValueKind.Array } array ? array.Deserialize(StoredJson.Default.NullableDecimalArray)
        : null;

    public static string Findings(IEnumerable<Finding> findings) => JsonSerializer.Serialize(new StoredFindings
    {
        Version = Version,
        Findings = findings.Select(f => new StoredFinding
        {
            Rule = f.Rule,
            Severity = f.Severity == Severity.Error ? "error" : "warning",
            Location = new StoredLocation { Table = f.Location.Table, Row = f.Location.Row, Column = f.Location.Column },
            Source = f.Source is { } s ? new StoredSource { Page = s.Page, Line = s.Line, Table = s.Table, Row = s.Row, Cell = s.Cell } : null,
            Expected = f.Expected,
            Found = f.Found,
            Message = f.Message,
        }).ToList(),
    }, StoredJson.Default.StoredFindings);

    public static List<Finding> ReadFindings(string json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        var stored = json.TrimStart().StartsWith('[')
            ? JsonSerializer.Deserialize(json, StoredJson.Default.ListStoredFinding)!
            : JsonSerializer.Deserialize(json, StoredJson.Default.StoredFindings)!.Findings;
        return stored.Select(f => new Finding(f.Rule, f.Severity == "error" ? Severity.Error : Severity.Warning,
            new Location(f.Location.Table, f.Location.Row, f.Location.Column), f.Expected, f.Found, f.Message)
        {
            Source = f.Source is { } s ? new SourcePlace(s.Page, s.Line, s.Table, s.Row, s.Cell) : null,
        }).ToList();
    }

    /// <summary>The narrative sections, by section name, that a report of the next year is compared with.</summary>
    public static string Narrative(AnnualReport report) => JsonSerializer.Serialize(new StoredNarrative
    {
        Version = Version,
        Sections = report.SectionText.ToDictionary(s => s.Key.ToString(), s => s.Value),
    }, StoredJson.Default.StoredNarrative);

    public static Dictionary<ReportSection, string> ReadNarrative(string json)
    {
        var sections = new Dictionary<ReportSection, string>();
        if (string.IsNullOrEmpty(json)) return sections;
        var stored = JsonSerializer.Deserialize(json, StoredJson.Default.StoredNarrative)!;
        var texts = stored.Version is null
            ? stored.Version1Sections?.Where(s => s.Value.ValueKind == JsonValueKind.String).Select(s => KeyValuePair.Create(s.Key, s.Value.GetString()!)) ?? []
            : stored.Sections ?? [];
        foreach (var (name, text) in texts)
            if (Enum.TryParse<ReportSection>(name, out var section)) sections[section] = text;
        return sections;
    }

    /// <summary>The tables and narrative of a collected report, as the cross-year rules need them.</summary>
    public static AnnualReport ReadPrevious(string tablesJson, string narrativeJson, string? agency, int? year)
    {
        var report = ReadTables(tablesJson, agency, year);
        foreach (var (section, text) in ReadNarrative(narrativeJson)) report.SectionText[section] = text;
        return report;
    }

    private static StoredCounts Counts(DocumentCounts counts) =>
        new() { Issued = Number(counts.Issued), Repealed = Number(counts.Repealed), InForce = Number(counts.InForce) };

    private static void Read(StoredCounts? stored, DocumentCounts into)
    {
        if (stored is not null) (into.Issued, into.Repealed, into.InForce) = (stored.Issued, stored.Repealed, stored.InForce);
    }

    private static decimal?[] Numbers(IEnumerable<decimal?> values) => values.Select(Number).ToArray();

    private static decimal? Number(decimal? value) => value is { } d ? Figures.Trimmed(d) : null;
}

internal sealed class StoredTables
{
    public int? Version { get; init; }

    public StoredProactive? Proactive { get; init; }

    public Dictionary<string, decimal?[]>? Requests { get; init; }

    public Dictionary<string, decimal?[]>? Cases { get; init; }

    /// <summary>Version 1's table 四, one top-level array per kind of case.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Version1Cases { get; set; }
}

internal sealed class StoredProactive
{
    [JsonPropertyName(ProactiveCodes.Regulations)]
    public StoredCounts? Regulations { get; init; }

    [JsonPropertyName(ProactiveCodes.NormativeDocuments)]
    public StoredCounts? NormativeDocuments { get; init; }

    [JsonPropertyName(ProactiveCodes.Licensing)]
    public decimal? Licensing { get; init; }

    [JsonPropertyName(ProactiveCodes.Penalty)]
    public decimal? Penalty { get; init; }

    [JsonPropertyName(ProactiveCodes.Enforcement)]
    public decimal? Enforcement { get; init; }

    [JsonPropertyName(ProactiveCodes.Fees)]
    public decimal? FeesWanYuan { get; init; }
}

internal sealed class StoredCounts
{
    [JsonPropertyName(ProactiveCodes.Issued)]
    public decimal? Issued { get; init; }

    [JsonPropertyName(ProactiveCodes.Repealed)]
    public decimal? Repealed { get; init; }

    [JsonPropertyName(ProactiveCodes.InForce)]
    public decimal? InForce { get; init; }
}

internal sealed class StoredFindings
{
    public int? Version { get; init; }

    public List<StoredFinding> Findings { get; init; } = [];
}

internal sealed class StoredFinding
{
    public required string Rule { get; init; }

    public required string Severity { get; init; }

    public required StoredLocation Location { get; init; }

    public StoredSource? Source { get; init; }

    public string? Expected { get; init; }

    public string? Found { get; init; }

    public required string Message { get; init; }
}

internal sealed class StoredLocation
{
    public required string Table { get; init; }

    public string? Row { get; init; }

    public string? Column { get; init; }
}

internal sealed class StoredSource
{
    public int? Page { get; init; }

    public int? Line { get; init; }

    public int? Table { get; init; }

    public int? Row { get; init; }

    public int? Cell { get; init; }
}

internal sealed class StoredNarrative
{
    public int? Version { get; init; }

    public Dictionary<string, string>? Sections { get; init; }

    /// <summary>Version 1's sections, each a top-level property named after its section.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Version1Sections { get; set; }
}

/// <summary>Source-generated (de)serialisation of the stored format: no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(StoredTables))]
[JsonSerializable(typeof(StoredFindings))]
[JsonSerializable(typeof(List<StoredFinding>))]
[JsonSerializable(typeof(StoredNarrative))]
[JsonSerializable(typeof(decimal?[]))]
internal sealed partial class StoredJson : JsonSerializerContext;
