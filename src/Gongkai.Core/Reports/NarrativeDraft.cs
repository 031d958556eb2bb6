
namespace Gongkai.Reports;

/// <summary>The year's facts the draft narrative states.</summary>
public sealed record YearFacts(
    string Agency, int Year, string Address, string Phone,
    int Disclosures, decimal NormativeIssued, decimal Received, decimal CarriedIn, decimal Decided, decimal CarriedOver,
    decimal? ReceivedLastYear, decimal FeesYuan, decimal ReviewCases, decimal LitigationCases,
    int NpcLead, int NpcAssist, int CppccLead, int CppccAssist, bool ProposalsCompleted)
{
    /// <summary>The year's disclosures per channel (政府网站 91, 政务新媒体 120…), as the register files them.</summary>
    public IReadOnlyList<(string Channel, int Count)> Channels { get; init; } = [];
    /// <summary>Policy interpretations published in the year, per form.</summary>
    public IReadOnlyList<(string Form, int Count)> Interpretations { get; init; } = [];
    /// <summary>The rules and normative documents issued in the year, and how many were explained within the agency's working days.</summary>
    public int DocumentsToExplain { get; init; }
    public int ExplainedInTime { get; init; }
    public int InterpretationDays { get; init; }
    public int Trainings { get; init; }
    public int Trained { get; init; }
    /// <summary>Assessments of the year's work: who assessed it and the result they gave.</summary>
    public IReadOnlyList<(string Assessor, string Result)> Assessments { get; init; } = [];
    /// <summary>The review stages a disclosure passes before publication, and how many passed them in the year.</summary>
    public IReadOnlyList<string> ReviewStages { get; init; } = [];
    public int Reviewed { get; init; }
    /// <summary>The problems last year's report named (its section 五 as the agency wrote it), each to be answered this year.</summary>
    public IReadOnlyList<string> LastYearsProblems { get; init; } = [];
    /// <summary>The year's work points the supervising offices above issued, with this agency's progress on each.</summary>
    public IReadOnlyList<(string Title, Supervision.WorkPointState State, string Department, string Note)> WorkPoints { get; init; } = [];
    /// <summary>The guide and catalogue revisions of the year: which document, on which day.</summary>
    public IReadOnlyList<(string Document, DateOnly On)> GuidesRevised { get; init; } = [];
}

/// <summary>
/// The draft of the narrative an officer starts from: the standard opening, and sections 一, 五 and 六 stating the
/// year's facts in the words the national format expects, with brackets where only the officer can write.
/// </summary>
public static class NarrativeDraft
{
    public static string Opening(YearFacts f) =>
        $"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，现发布《{f.Agency}{f.Year}年政府信息公开工作年度报告》。" +
        $"本报告所列数据的统计期限自{f.Year}年1月1日起至{f.Year}年12月31日止。如对本报告有任何疑问，请与{f.Agency}联系（地址：{f.Address}；电话：{f.Phone}）。";

    public static string Overview(YearFacts f) => string.Join('\n',
        $"{f.Year}年，{f.Agency}认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。",
        $"（一）主动公开。全年主动公开政府信息{f.Disclosures}条{ByChannel(f)}，制发行政规范性文件{N(f.NormativeIssued)}件。{Interpreted(f)}",
        $"（二）依申请公开。{Received(f)}上年结转{N(f.CarriedIn)}件，本年办理完结{N(f.Decided)}件，结转下年度继续办理{N(f.CarriedOver)}件。{Fees(f)}",
        $"（三）政府信息管理。{Managed(f)}",
        $"（四）政府信息公开平台建设。{Platforms(f)}",
        $"（五）监督保障。{Cases(f)}{Trained(f)}");

    public static string Problems(YearFacts f) => string.Join('\n',
        f.LastYearsProblems.Count == 0
            ? $"（一）上年度问题整改情况。【请说明{f.Year - 1}年度报告所列问题的整改情况。】"
            : $"（一）上年度问题整改情况。{f.Year - 1}年度报告所列问题：{string.Join("", f.LastYearsProblems.Select((p, i) => $"{i + 1}.{p.TrimEnd('。', '；')}。【请说明整改情况。】"))}",
        $"（二）存在的主要问题。【请说明{f.Year}年政府信息公开工作存在的主要问题。】",
        "（三）改进措施。【请说明下一步改进措施。】");

    public static string Other(YearFacts f) => string.Join('\n',
        $"（一）收取信息处理费情况。{f.Year}年，本机关{(f.FeesYuan == 0 ? "未收取信息处理费" : $"收取信息处理费{N(f.FeesYuan)}元")}。",
        $"（二）人大代表建议和政协提案办理情况。{f.Year}年，本机关办理人大代表建议{f.NpcLead + f.NpcAssist}件（主办{f.NpcLead}件、协办{f.NpcAssist}件），" +
        $"政协提案{f.CppccLead + f.CppccAssist}件（主办{f.CppccLead}件、协办{f.CppccAssist}件），{(f.ProposalsCompleted ? "均已按期办结" : "部分尚在办理中")}。",
        $"（三）落实上级年度政务公开工作要点情况。{WorkPointsDone(f)}",
        "（四）政务公开创新实践情况。【请说明。】");

    private static string WorkPointsDone(YearFacts f)
    {
        if (f.WorkPoints.Count == 0) return "【请说明。】";
        int Count(Supervision.WorkPointState state) => f.WorkPoints.Count(p => p.State == state);
        var points = f.WorkPoints.Select((p, i) =>
            $"{i + 1}.{p.Title.TrimEnd('。')}（{(p.Department.Length > 0 ? p.Department + "，" : "")}{Supervision.WorkPointStates.Label(p.State)}）{(p.Note.Length > 0 ? "：" + p.Note.TrimEnd('。') : "")}");
        return $"{f.Year}年上级下达政务公开工作要点{f.WorkPoints.Count}项，已完成{Count(Supervision.WorkPointState.Done)}项、推进中{Count(Supervision.WorkPointState.InProgress)}项、" +
               $"未开始{Count(Supervision.WorkPointState.NotStarted)}项。{string.Join("；", points)}。";
    }

    /// <summary>
    /// The problems a section 五 names: the sentences of its part on the main problems (“（二）存在的主要问题…”, or the whole text
    /// where it has no parts), split at “一是/二是” and at full stops, without the headings.
    /// </summary>
    public static IReadOnlyList<string> ProblemsIn(string section)
    {
        var lines = section.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var part = lines.Where(l => l.Contains("存在的主要问题", StringComparison.Ordinal) || l.Contains("存在的问题", StringComparison.Ordinal)).ToList();
        var text = string.Join("", part.Count > 0 ? part : lines);
        text = System.Text.RegularExpressions.Regex.Replace(text, @"^(?:[（(][一二三四五][）)])?\s*存在的(?:主要)?问题[^。：:]*?[。：:]", "");
        return System.Text.RegularExpressions.Regex.Split(text, "[一二三四五六]是|[。；]")
            .Select(p => p.Trim('，', '：', ' ', '；')).Where(p => p.Length >= 6 && !p.Contains('【')).Take(6).ToList();
    }

    /// <summary>"较上年增加25%", "较上年减少10%", "与上年持平"; nothing where last year is unknown.</summary>
    public static string Change(decimal now, decimal? last) => last switch
    {
        null => "",
        0 when now == 0 => "与上年持平",
        0 => "上年未收到申请",
        { } l when now == l => "与上年持平",
        { } l => $"较上年{(now > l ? "增加" : "减少")}{Math.Round(Math.Abs(now - l) * 100 / l, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}%",
    };

    private static string Received(YearFacts f)
    {
        var change = Change(f.Received, f.ReceivedLastYear);
        var received = f.Received == 0 ? "全年未收到政府信息公开申请" : $"全年共收到政府信息公开申请{N(f.Received)}件";
        return change.Length == 0 ? $"{received}，" : $"{received}，{change}；";
    }

    private static string ByChannel(YearFacts f) =>
        f.Channels.Count == 0 ? "" : $"（其中{string.Join("、", f.Channels.Select(c => $"{c.Channel}{c.Count}条"))}）";

    private static string Interpreted(YearFacts f) => f.Interpretations.Count == 0 && f.DocumentsToExplain == 0
        ? "【请补充公开平台、重点领域信息公开和政策解读情况。】"
        : (f.Interpretations.Count == 0 ? "" : $"发布政策解读{f.Interpretations.Sum(i => i.Count)}篇（{string.Join("、", f.Interpretations.Select(i => $"{i.Form}{i.Count}篇"))}）。") + InTime(f);

    private static string InTime(YearFacts f) => f.DocumentsToExplain == 0 ? ""
        : $"年内印发的{f.DocumentsToExplain}件规章和规范性文件中，{f.ExplainedInTime}件{(f.InterpretationDays == 0 ? "与文件同步" : $"在印发后{f.InterpretationDays}个工作日内")}发布解读。";

    /// <summary>The platforms are the channels the year's items went out on; where none is recorded, only the officer can say.</summary>
    private static string Platforms(YearFacts f) => f.Channels.Count == 0
        ? "【请补充政府网站、政务新媒体等平台的建设和运维情况。】"
        : $"本机关依托{string.Join("、", f.Channels.Select(c => c.Channel))}{(f.Channels.Count > 1 ? $"等{f.Channels.Count}个渠道" : "")}公开政府信息，各渠道按规定更新维护。";

    private static string Managed(YearFacts f) => (f.ReviewStages.Count == 0
        ? "【请补充公文公开属性审查、保密审查和信息发布审核情况。】"
        : $"拟公开的信息在起草时确定公开属性，发布前依次经{string.Join("、", f.ReviewStages)}{(f.Reviewed > 0 ? $"，全年经审核发布信息{f.Reviewed}条" : "")}。") + Guides(f);

    private static string Guides(YearFacts f) => f.GuidesRevised.Count == 0 ? ""
        : "修订" + string.Join("、", f.GuidesRevised.GroupBy(g => g.Document).Select(g =>
            $"《{g.Key}》{(g.Count() > 1 ? $"{g.Count()}次（最近于{Calendar.ChinaTime.Written(g.Max(x => x.On))}）" : $"（{Calendar.ChinaTime.Written(g.Single().On)}）")}")) + "。";

    private static string Trained(YearFacts f)
    {
        if (f.Trainings == 0 && f.Assessments.Count == 0) return "【请补充培训、考核和社会评议情况。】";
        var trained = f.Trainings == 0 ? "" : $"全年组织政务公开培训{f.Trainings}次，参训{f.Trained}人次。";
        var assessed = f.Assessments.Count == 0 ? ""
            : "政务公开工作纳入年度考核，" + string.Join("；", f.Assessments.Select(a => $"{a.Assessor}考核结果为{a.Result.TrimEnd('。')}")) + "。";
        return trained + assessed;
    }

    private static string Fees(YearFacts f) => f.FeesYuan == 0 ? "未收取信息处理费。" : $"收取信息处理费{N(f.FeesYuan)}元。";

    private static string Cases(YearFacts f) =>
        $"全年因政府信息公开被申请行政复议{N(f.ReviewCases)}件，提起行政诉讼{N(f.LitigationCases)}件。";

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
