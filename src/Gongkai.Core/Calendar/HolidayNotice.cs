
namespace Gongkai.Calendar;

/// <summary>
/// The State Council's yearly notice of official holidays (days off) and make-up working days (调休上班), in the text form
/// the shipped files and an admin's upload use: "off 2024-02-10..2024-02-17", "work 2024-02-04", "# source".
/// </summary>
public sealed record HolidayNotice(int Year, string Source, IReadOnlyList<DateOnly> DaysOff, IReadOnlyList<DateOnly> MakeUpWorkdays)
{
    public static HolidayNotice Parse(int year, string text)
    {
        var off = new List<DateOnly>();
        var work = new List<DateOnly>();
        var source = "";
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                source = source.Length == 0 ? line.TrimStart('#', ' ') : source;
                continue;
            }
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var target = parts[0] switch
            {
                "off" => off,
                "work" => work,
                _ => throw new FormatException($"第{number}行：应以 off（放假）或 work（调休上班）开头，而不是“{parts[0]}”。"),
            };
            if (parts.Length < 2) throw new FormatException($"第{number}行：缺少日期。");
            target.AddRange(Range(parts[1], number));
        }
        if (off.Count == 0) throw new FormatException($"{year}年的节假日安排中没有放假日期。");
        if (off.Concat(work).Any(d => Math.Abs(d.Year - year) > 1))
            throw new FormatException($"{year}年的节假日安排中有不属于该年前后的日期。");
        return new HolidayNotice(year, source, off, work);
    }

    private static IEnumerable<DateOnly> Range(string text, int line)
    {
        var ends = text.Split("..", StringSplitOptions.TrimEntries);
        var from = Date(ends[0], line);
        var to = ends.Length > 1 ? Date(ends[1], line) : from;
        if (to < from) throw new FormatException($"第{line}行：结束日期早于开始日期。");
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }

    private static DateOnly Date(string text, int line) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"第{line}行：“{text}”不是 yyyy-MM-dd 格式的日期。");

    /// <summary>The notices shipped with Gongkai (2022–2026), from the State Council notices cited in RULES.md.</summary>
    public static IReadOnlyList<HolidayNotice> Shipped { get; } = LoadShipped();

    private static List<HolidayNotice> LoadShipped()
    {
        var assembly = typeof(HolidayNotice).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Calendar.Notices.", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                var year = int.Parse(n.Split('.')[^2], CultureInfo.InvariantCulture);
                return Parse(year, reader.ReadToEnd());
            })
            .OrderBy(n => n.Year)
            .ToList();
    }
}
