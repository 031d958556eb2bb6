using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Gongkai.Audit;
using Gongkai.Documents.Auditing;

namespace Gongkai.Documents.Writing;

/// <summary>
/// The report model and its findings as JSON, in the shape of the audit CLI (stable codes as keys): the public contract of
/// <c>gongkai audit --format json</c> and of a report exported as JSON. What the database keeps is another format, owned by
/// <c>Gongkai.Data.Supervision.StoredReport</c>.
/// </summary>
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
    private static JsonNode? Number(decimal? value) => value is { } d ? JsonValue.Create(Figures.Trimmed(d)) : null;

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
