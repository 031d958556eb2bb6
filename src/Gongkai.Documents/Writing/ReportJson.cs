using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Gongkai.Audit;
using Gongkai.Documents.Auditing;
using Gongkai.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>The report model and its findings as JSON, in the shape of the audit CLI (stable codes as keys).</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static JsonObject Audited(AuditedReport audited)
    {
        var report = audited.Report;
        var json = new JsonObject
        {
            ["file"] = audited.File,
            ["agency"] = report?.Agency,
            ["year"] = report?.Year,
            ["error"] = audited.Error,
        };
        foreach (var (key, value) in report is null ? EmptyTables() : Tables(report))
            json[key] = value;
        json["findings"] = new JsonArray(audited.Findings.Select(Finding).ToArray<JsonNode?>());
        // Present only where OCR read the tables, so the contract of text-based reports is unchanged.
        if (report is { ScannedValues.Count: > 0 } scanned) json["scannedCells"] = scanned.ScannedValues.Count;
        return json;
    }

    public static IEnumerable<(string Key, JsonNode? Value)> Tables(AnnualReport report)
    {
        yield return ("proactive", Proactive(report.Proactive));
        var requests = new JsonObject();
        foreach (var row in RequestRow.All)
            requests[row.Code] = Numbers(report.Requests.Row(row));
        yield return ("requests", requests);
        foreach (var kind in Enum.GetValues<CaseKind>())
            yield return (kind.Code(), Numbers(report.Cases(kind).Values));
    }

    private static IEnumerable<(string Key, JsonNode? Value)> EmptyTables() =>
        new[] { "proactive", "requests" }.Concat(Enum.GetValues<CaseKind>().Select(k => k.Code())).Select(k => (k, (JsonNode?)null));

    private static JsonObject Proactive(ProactiveDisclosure table) => new()
    {
        [ProactiveCodes.Regulations] = Counts(table.Regulations),
        [ProactiveCodes.NormativeDocuments] = Counts(table.NormativeDocuments),
        [ProactiveCodes.Licensing] = Number(table.Licensing),
        [ProactiveCodes.Penalty] = Number(table.Penalty),
        [ProactiveCodes.Enforcement] = Number(table.Enforcement),
        [ProactiveCodes.Fees] = Number(table.FeesWanYuan),
    };

    private static JsonObject Counts(DocumentCounts counts) => new()
    {
        [ProactiveCodes.Issued] = Number(counts.Issued),
        [ProactiveCodes.Repealed] = Number(counts.Repealed),
        [ProactiveCodes.InForce] = Number(counts.InForce),
    };

    private static JsonArray Numbers(IEnumerable<decimal?> values) => new(values.Select(Number).ToArray());

    /// <summary>A number without trailing zeros of its storage ("0.0000" from a database is 0).</summary>
    private static JsonNode? Number(decimal? value) => value is { } d ? JsonValue.Create(d / 1.000000000000000000000000000000000m) : null;

    /// <summary>The tables alone, compact, as a collected report keeps them.</summary>
    public static string TablesText(AnnualReport report)
    {
        var json = new JsonObject();
        foreach (var (key, value) in Tables(report)) json[key] = value;
        return json.ToJsonString();
    }

    /// <summary>
    /// The tables back from <see cref="TablesText"/> (or the CLI's JSON of one report); a null is a missing cell.
    /// Read through JsonDocument, which a region's thousands of reports need: it is several times faster than JsonNode.
    /// </summary>
    public static AnnualReport ReadTables(string json, string? agency = null, int? year = null)
    {
        using var document = JsonDocument.Parse(json);
        var node = document.RootElement;
        var report = new AnnualReport { Agency = agency, Year = year };
        if (node.TryGetProperty("proactive", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            ReadCounts(p, ProactiveCodes.Regulations, report.Proactive.Regulations);
            ReadCounts(p, ProactiveCodes.NormativeDocuments, report.Proactive.NormativeDocuments);
            report.Proactive.Licensing = Value(p, ProactiveCodes.Licensing);
            report.Proactive.Penalty = Value(p, ProactiveCodes.Penalty);
            report.Proactive.Enforcement = Value(p, ProactiveCodes.Enforcement);
            report.Proactive.FeesWanYuan = Value(p, ProactiveCodes.Fees);
        }
        if (node.TryGetProperty("requests", out var requests) && requests.ValueKind == JsonValueKind.Object)
            foreach (var row in RequestRow.All)
                if (requests.TryGetProperty(row.Code, out var values) && values.ValueKind == JsonValueKind.Array)
                    report.Requests.SetRow(row, Values(values));
        foreach (var kind in Enum.GetValues<CaseKind>())
            if (node.TryGetProperty(kind.Code(), out var values) && values.ValueKind == JsonValueKind.Array)
                report.Cases(kind).Set(Values(values));
        return report;
    }

    private static void ReadCounts(JsonElement table, string name, DocumentCounts into)
    {
        if (!table.TryGetProperty(name, out var counts) || counts.ValueKind != JsonValueKind.Object) return;
        into.Issued = Value(counts, ProactiveCodes.Issued);
        into.Repealed = Value(counts, ProactiveCodes.Repealed);
        into.InForce = Value(counts, ProactiveCodes.InForce);
    }

    private static decimal? Value(JsonElement table, string name) =>
        table.TryGetProperty(name, out var value) ? Value(value) : null;

    private static decimal? Value(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static decimal?[] Values(JsonElement array)
    {
        var values = new decimal?[array.GetArrayLength()];
        var i = 0;
        foreach (var value in array.EnumerateArray()) values[i++] = Value(value);
        return values;
    }

    /// <summary>The narrative sections a report of the next year is compared with, by section name.</summary>
    public static string NarrativeText(AnnualReport report) => new JsonObject(
        report.SectionText.Select(s => KeyValuePair.Create(s.Key.ToString(), (JsonNode?)JsonValue.Create(s.Value)))).ToJsonString();

    /// <summary>The tables and narrative sections of a collected report, as the cross-year rules need them.</summary>
    public static AnnualReport ReadPrevious(string tablesJson, string narrativeJson, string? agency, int? year)
    {
        var report = ReadTables(tablesJson, agency, year);
        foreach (var (section, text) in ReadNarrative(narrativeJson)) report.SectionText[section] = text;
        return report;
    }

    /// <summary>The narrative sections of a collected report as <see cref="NarrativeText"/> kept them.</summary>
    public static Dictionary<ReportSection, string> ReadNarrative(string narrativeJson)
    {
        var sections = new Dictionary<ReportSection, string>();
        if (string.IsNullOrEmpty(narrativeJson)) return sections;
        using var document = JsonDocument.Parse(narrativeJson);
        foreach (var section in document.RootElement.EnumerateObject())
            if (Enum.TryParse<ReportSection>(section.Name, out var s) && section.Value.GetString() is { } text) sections[s] = text;
        return sections;
    }

    public static string FindingsText(IEnumerable<Finding> findings) => new JsonArray(findings.Select(Finding).ToArray<JsonNode?>()).ToJsonString();

    public static List<Finding> ReadFindings(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonNode.Parse(json)!.AsArray().Select(n => new Finding(
            (string)n!["rule"]!, (string)n["severity"]! == "error" ? Severity.Error : Severity.Warning,
            new Location((string)n["location"]!["table"]!, (string?)n["location"]!["row"], (string?)n["location"]!["column"]),
            (string?)n["expected"], (string?)n["found"], (string)n["message"]!)
        { Source = Source(n["source"]) }).ToList();

    private static SourcePlace? Source(JsonNode? node) => node is null ? null
        : new SourcePlace((int?)node["page"], (int?)node["line"], (int?)node["table"], (int?)node["row"], (int?)node["cell"]);

    public static JsonObject Finding(Finding finding) => new()
    {
        ["rule"] = finding.Rule,
        ["severity"] = finding.Severity == Severity.Error ? "error" : "warning",
        ["location"] = new JsonObject
        {
            ["table"] = finding.Location.Table,
            ["row"] = finding.Location.Row,
            ["column"] = finding.Location.Column,
        },
        ["source"] = finding.Source is { } place ? Source(place) : null,
        ["expected"] = finding.Expected,
        ["found"] = finding.Found,
        ["message"] = finding.Message,
    };

    /// <summary>Where the finding's location stands in the file read: only the parts the file has, and the place in words.</summary>
    private static JsonObject Source(SourcePlace place)
    {
        var json = new JsonObject();
        foreach (var (name, value) in new[] { ("page", place.Page), ("line", place.Line), ("table", place.Table), ("row", place.Row), ("cell", place.Cell) })
            if (value is { } v) json[name] = v;
        json["text"] = place.Describe();
        return json;
    }
}
