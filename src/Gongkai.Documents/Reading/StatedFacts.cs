using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>
/// The counts a narrative states, in the phrasings real reports use. The text is taken clause by clause (a clause ends
/// at 。；), so a number is only ever tied to the noun and verb of its own clause: requests received (收到/受理/接收/办理…
/// 申请 N 件, N 件…申请, 依申请公开 N 件, the channels' counts added up, a negation however long before 申请), answered
/// (办结/答复), carried in and carried forward, and review and litigation cases (one negation may cover both).
/// </summary>
public static partial class StatedFacts
{
    public static void Read(string narrative, AnnualReport report)
    {
        // Each pattern runs only on the clauses holding its key word: most clauses hold none, and a report has hundreds.
        // A clause becomes a string only when it holds a key word.
        for (var start = 0; start < narrative.Length;)
        {
            var end = narrative.AsSpan(start).IndexOfAny(ClauseEnds);
            end = end < 0 ? narrative.Length : start + end;
            var span = narrative.AsSpan(start, end - start);
            var requests = span.Contains("申请", StringComparison.Ordinal) || span.Contains("结转", StringComparison.Ordinal) || span.Contains("转入", StringComparison.Ordinal);
            var cases = span.Contains("复议", StringComparison.Ordinal) || span.Contains("诉讼", StringComparison.Ordinal);
            var fees = span.Contains("行政事业性收费", StringComparison.Ordinal);
            if (requests || cases || fees)
            {
                var clause = span.ToString();
                if (requests) ReadRequests(clause, report);
                if (cases) ReadCases(clause, report);
                if (fees) ReadFees(clause, report);
            }
            start = end + 1;
        }
    }

    private static void ReadRequests(string clause, AnnualReport report)
    {
        // Each pattern is tried only where the words it cannot match without stand: a count needs its measure word,
        // a carry its 结转/转入, a negation its 未/无/没有.
        var counted = clause.AsSpan().IndexOfAny(Measures) >= 0;
        // Carried in or forward first: "上年结转政府信息公开申请1件" states no request received.
        var carried = new List<Match>();
        if (counted && (clause.Contains("结转", StringComparison.Ordinal) || clause.Contains("转入", StringComparison.Ordinal)))
            foreach (var (pattern, kind) in new[] { (CarriedIn(), StatedFactKind.RequestsCarriedIn), (CarriedForward(), StatedFactKind.RequestsCarriedForward) })
                foreach (var (m, n) in Counts(pattern, clause))
                {
                    report.StatedFacts.Add(new StatedFact(kind, n, m.Value));
                    carried.Add(m);
                }
        var stated = false;
        foreach (var (m, n) in counted ? Counts(Requests(), clause) : [])
        {
            if (carried.Any(c => c.Index < m.Index + m.Length && m.Index < c.Index + c.Length)) continue;
            var kind = m.Groups["verb"].Value is "办结" or "答复" or "处理完毕" ? StatedFactKind.RequestsAnswered : StatedFactKind.RequestsReceived;
            report.StatedFacts.Add(new StatedFact(kind, n, m.Value));
            stated |= kind == StatedFactKind.RequestsReceived;
        }
        if (!stated && counted && Channels().Match(clause) is { Success: true } channels && clause.Contains("申请", StringComparison.Ordinal))
        {
            var counts = channels.Groups["n"].Captures.Select(c => ChineseNumber.Parse(c.Value)).ToList();
            if (counts.All(c => c is not null)) report.StatedFacts.Add(new StatedFact(StatedFactKind.RequestsReceived, counts.Sum(c => c!.Value), channels.Value));
        }
        if (!Negated(clause)) return;
        foreach (Match m in NoneReceived().Matches(clause))
            if (!m.Value.Contains("复议", StringComparison.Ordinal) && !m.Value.Contains("诉讼", StringComparison.Ordinal))
                report.StatedFacts.Add(new StatedFact(StatedFactKind.RequestsReceived, 0, m.Value));
    }

    private static void ReadCases(string clause, AnnualReport report)
    {
        if (clause.AsSpan().IndexOfAny(CaseMeasures) >= 0)
            foreach (var (pattern, kind) in new[] { (ReviewCount(), StatedFactKind.ReviewCases), (LitigationCount(), StatedFactKind.LitigationCases) })
                foreach (var (m, n) in Counts(pattern, clause))
                    report.StatedFacts.Add(new StatedFact(kind, n, m.Value));
        // "未发生行政复议、被提起诉讼的情况": one negation, both kinds, "诉讼" with or without "行政".
        if (Negated(clause) && NoCases().Match(clause) is { Success: true } none)
        {
            if (none.Value.Contains("复议", StringComparison.Ordinal)) report.StatedFacts.Add(new StatedFact(StatedFactKind.ReviewCases, 0, none.Value));
            if (none.Value.Contains("诉讼", StringComparison.Ordinal)) report.StatedFacts.Add(new StatedFact(StatedFactKind.LitigationCases, 0, none.Value));
        }
    }

    /// <summary>
    /// 行政事业性收费 as table 二 counts it (万元). The 信息处理费 of requests (section 六) is another fee that no table holds,
    /// so "未收取信息处理费" is never compared with table 二.
    /// </summary>
    private static void ReadFees(string clause, AnnualReport report)
    {
        foreach (Match m in FeesAmount().Matches(clause))
            if (decimal.TryParse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var wanYuan))
                report.StatedFacts.Add(new StatedFact(StatedFactKind.AdministrativeFees, m.Groups["yuan"].Success ? wanYuan / 10000 : wanYuan, m.Value));
        foreach (Match m in NoFees().Matches(clause))
            report.StatedFacts.Add(new StatedFact(StatedFactKind.AdministrativeFees, 0, m.Value));
    }

    private static bool Negated(string clause) => clause.AsSpan().IndexOfAny('未', '无') >= 0 || clause.Contains("没有", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Measures = System.Buffers.SearchValues.Create("件份条个宗");
    private static readonly System.Buffers.SearchValues<char> CaseMeasures = System.Buffers.SearchValues.Create("件起宗");

    /// <summary>The pattern's matches in the clause whose count (group "n") reads as a number.</summary>
    private static IEnumerable<(Match Match, int Count)> Counts(Regex pattern, string clause)
    {
        foreach (Match m in pattern.Matches(clause))
            if (ChineseNumber.Parse(m.Groups["n"].Value) is { } n) yield return (m, n);
    }

    private const string Number = @"(?<n>\d{1,9}|[零〇一二两三四五六七八九十百千]{1,8})";
    private const string Measure = "(?:件|份|条|个|宗)";
    private const string Noun = "(?:(?:政府)?信息公开(?:的)?申请|公开政府信息(?:的)?申请|依申请公开(?:政府信息)?(?:的?申请)?|信息公开申请)";
    private const string Verb = "(?:全年|本年度?|年内)?(?:共|累计|共计)?(?<verb>收到|受理|接收|接到|新收|办理|办结|答复|处理完毕)";

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("。；;！？!?");

    /// <summary>Verb … noun … N件; verb N件 … noun; noun … N件 (no verb: "依申请公开12件", "政府信息公开申请共12件").</summary>
    [GeneratedRegex(Verb + @"[^，,\d]{0,24}?" + Noun + @"(?:数量|总数)?[^，,\d零〇一二两三四五六七八九十百千]{0,8}?" + Number + Measure
        + "|" + Verb + @"(?:了|各类)?" + Number + Measure + @"[^，,\d]{0,16}?" + Noun
        + "|(?<![收理接办结复])" + Noun + @"(?:数量|总数)?(?:为|共|共计|合计|总计|累计)?" + Number + Measure)]
    private static partial Regex Requests();

    [GeneratedRegex(@"上年(?:度)?结转[^，,\d]{0,16}?" + Number + Measure)]
    private static partial Regex CarriedIn();

    [GeneratedRegex(@"结转(?:至|到)?下(?:一)?年度?[^，,\d]{0,12}?" + Number + Measure + "|" + Number + Measure + @"(?:申请)?(?:结转|转入)(?:至|到)?下(?:一)?年")]
    private static partial Regex CarriedForward();

    /// <summary>Counts by channel, two or more in a row: "当面申请3件、网上申请5件、信函2件".</summary>
    [GeneratedRegex(@"(?:(?:当面|现场|信函|邮寄|网上|网络|在线|互联网|政府网站|电子邮件|传真|电话|其他)[^、，,\d]{0,10}?" + Number + @"件[、，,和及]?){2,}")]
    private static partial Regex Channels();

    [GeneratedRegex(@"(?:未|没有|无)(?:收到|受理|接到|接收|发生)[^。；]{0,40}?(?:信息公开申请|依申请公开|公开申请|申请)(?!人)")]
    private static partial Regex NoneReceived();

    [GeneratedRegex(@"行政事业性收费(?:金额|收入|总额)?(?:为|共|共计|合计|总计|累计)?(?<n>\d{1,9}(?:\.\d{1,4})?)(?:万元|(?<yuan>元))")]
    private static partial Regex FeesAmount();

    [GeneratedRegex(@"(?:未|没有|无|不涉及)(?:收取|发生|涉及|产生)?[^。；，,\d]{0,8}?行政事业性收费")]
    private static partial Regex NoFees();

    [GeneratedRegex(@"行政复议(?:案件|申请)?(?:共|共计|合计)?" + Number + "(?:件|起|宗)|(?:被申请|提起|发生)行政复议" + Number + "(?:件|起|宗)")]
    private static partial Regex ReviewCount();

    [GeneratedRegex(@"行政诉讼(?:案件)?(?:共|共计|合计)?" + Number + "(?:件|起|宗)|(?:被提起|被起诉|提起|发生)(?:行政)?诉讼" + Number + "(?:件|起|宗)")]
    private static partial Regex LitigationCount();

    [GeneratedRegex(@"(?:未|没有|无)(?:发生|出现|收到|有|被)[^。；，,]{0,24}?(?:行政)?(?:复议|诉讼)(?:[、和及与或](?:被|提起|被提起)?[^。；，,]{0,8}?(?:行政)?(?:复议|诉讼))?")]
    private static partial Regex NoCases();
}

/// <summary>Numbers as narratives write them: digits, or Chinese numerals up to the thousands (十二, 二十三, 一百零五, 两).</summary>
internal static class ChineseNumber
{
    public static int? Parse(string text)
    {
        if (text.Length == 0) return null;
        if (char.IsAsciiDigit(text[0])) return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        var total = 0;
        int? pending = null;
        foreach (var c in text)
        {
            var digit = c switch { '〇' => 0, '两' => 2, _ => "零一二三四五六七八九".IndexOf(c) };
            if (digit >= 0)
            {
                pending = digit;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return null;
            total += (pending ?? 1) * unit;
            pending = null;
        }
        return total + (pending ?? 0);
    }
}
