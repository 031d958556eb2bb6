using System.Text.Json.Nodes;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Testing;

/// <summary>The published reports of ../shared/samples, copied beside the tests, and helpers to compare what is read.</summary>
public static class Samples
{
    public const string Pingluo = "pingluo-weijian-2024.txt";
    public const string Shanting = "shanting-weijian-2024.txt";
    public const string Tongjiang = "tongjiang-weijian-2024.txt";

    public static IEnumerable<object[]> All => new[] { Pingluo, Shanting, Tongjiang }.Select(s => new object[] { s });

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static AnnualReport Read(string name) => ReportReader.Read(PathOf(name));

    /// <summary>The three tables as JSON, so two readings compare cell by cell with a readable difference.</summary>
    public static string Tables(AnnualReport report) =>
        new JsonObject(ReportJson.Tables(report).Select(t => KeyValuePair.Create(t.Key, t.Value))).ToJsonString(ReportJson.Options);

    /// <summary>The report as tab-separated text, one table row per line as agencies' converted files have it.</summary>
    public static string TabText(AnnualReport report) => ReportText.TabSeparated(report);
}
