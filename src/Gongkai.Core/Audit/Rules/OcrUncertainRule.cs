
namespace Gongkai.Audit.Rules;

/// <summary>
/// A warning for each value OCR read from a picture without being sure of it, naming the cell and its place on the page,
/// so the supervisor checks those cells against the original rather than the whole scan.
/// </summary>
internal static class OcrUncertainRule
{
    public static IEnumerable<Finding> Check(AuditContext context) =>
        context.Report.ScannedValues.Where(v => v.Value.IsUncertain).OrderBy(v => v.Value.Page).ThenBy(v => v.Value.Y).ThenBy(v => v.Value.X)
            .Select(v => new Finding(RuleIds.OcrUncertain, Severity.Warning, v.Key, null, Found(context.Report, v.Key),
                $"{v.Key.Describe()}的数字由扫描识别读出（第{v.Value.Page}页），识别把握不足（置信度{v.Value.Confidence:0}%），请对照原件核对这一格。"));

    private static string? Found(AnnualReport report, Location at) => ReportCells.Get(report, at) is { } value ? Text.Num(value) : null;
}
