using Gongkai.Agencies;
using Gongkai.Calendar;
using Gongkai.Cases;
using Gongkai.Register;
using Gongkai.Reports;
using Gongkai.Requests;

namespace Gongkai.Data.Demo;

/// <summary>
/// The demo agencies, clearly marked as such, with realistic invented data: requests in every state across two years,
/// reviews and lawsuits, a register of disclosures, normative documents and decision counts.
/// </summary>
public static class DemoRegister
{
    public const string AgencyName = "示例县卫生健康局（演示）";
    public const string OtherAgencyName = "示例县教育局（演示）";

    /// <summary>Adds the demo agencies and their register, once; returns the main demo agency.</summary>
    public static async Task<Agency> EnsureAsync(GongkaiDbContext db, DateOnly today, DateTimeOffset now)
    {
        if (await db.Agencies.SingleOrDefaultAsync(a => a.IsDemo && a.Name == AgencyName) is { } existing) return existing;
        var agency = new Agency(AgencyName, isDemo: true) { Address = "示例县人民路1号", Phone = "0000-1234567", NumberPrefix = "示卫公开" };
        var other = new Agency(OtherAgencyName, isDemo: true) { Address = "示例县学府路8号", Phone = "0000-7654321", NumberPrefix = "示教公开" };
        agency.SetReviewBody(ReviewRoute.Department, "示例县人民政府");
        other.SetReviewBody(ReviewRoute.Department, "示例县人民政府");
        db.Agencies.AddRange(agency, other);
        await db.SaveChangesAsync();

        var calendar = WorkingDayCalendar.Shipped;
        AddRequests(db, agency.Id, "示卫公开", calendar, today, now, count: 42);
        AddRequests(db, other.Id, "示教公开", calendar, today, now, count: 6);
        AddRegister(db, agency.Id, today);
        await db.SaveChangesAsync();
        AddCases(db, agency.Id, today);
        await db.SaveChangesAsync();
        await AddFinishedReportAsync(db, agency.Id, today.Year - 1);
        return agency;
    }

    /// <summary>A review upheld and a lawsuit still pending, against replies of last year and this year.</summary>
    private static void AddCases(GongkaiDbContext db, int agencyId, DateOnly today)
    {
        var replied = db.Requests.Local.Where(r => r.AgencyId == agencyId && r.RepliedOn is not null).OrderBy(r => r.RepliedOn).ToList();
        if (replied.Count < 2) return;
        var review = new ReviewCase(agencyId, replied[0].Id, CaseKind.Review, replied[0].RepliedOn!.Value.AddDays(20), "示例县人民政府");
        review.Conclude(CaseOutcome.Upheld, replied[0].RepliedOn!.Value.AddDays(80));
        db.Cases.Add(review);
        db.Cases.Add(new ReviewCase(agencyId, replied[^1].Id, CaseKind.LitigationDirect, today.AddDays(-2), "示例县人民法院"));
    }

    private static readonly (ApplicantType Type, string Name)[] Applicants =
    [
        (ApplicantType.NaturalPerson, "张伟"), (ApplicantType.NaturalPerson, "王芳"), (ApplicantType.CommercialEnterprise, "示例医药有限公司"),
        (ApplicantType.NaturalPerson, "李娜"), (ApplicantType.LegalServiceProvider, "示例律师事务所"), (ApplicantType.ResearchInstitution, "示例公共卫生研究所"),
        (ApplicantType.NaturalPerson, "刘洋"), (ApplicantType.PublicInterestOrganization, "示例县志愿者协会"), (ApplicantType.OtherOrganization, "示例村民委员会"),
    ];

    private static readonly string[] Subjects =
    [
        "本县2024年医疗机构执业许可审批结果", "某卫生院2025年度财务决算", "本县公立医院药品集中采购目录", "职业病危害因素检测报告",
        "本县生活饮用水卫生监督抽检结果", "某诊所行政处罚决定书", "本县家庭医生签约服务经费使用情况", "传染病防控应急预案",
    ];

    private static void AddRequests(GongkaiDbContext db, int agencyId, string prefix, WorkingDayCalendar calendar, DateOnly today, DateTimeOffset now, int count)
    {
        var officer = new Actor("李办事", Role.Officer);
        var head = new Actor("王科长", Role.Head);
        var outcomes = Outcomes.Decidable;
        for (var i = 0; i < count; i++)
        {
            // The newest requests are still open, in every pending state; older ones were decided, replied and closed.
            // One open request (number 6) has run past its deadline, as happens.
            var received = today.AddDays(-(i == 5 ? 40 : i < 8 ? 3 + i * 4 : 20 + i * 14));
            var (type, name) = Applicants[i % Applicants.Length];
            var applicant = new Applicant(type, name, $"11010119{80 + i % 20:D2}0101{1000 + i:D4}", $"1380000{1000 + i:D4}", $"示例县{i % 5 + 1}号街{i + 1}号");
            var request = new InformationRequest(agencyId, $"{prefix}〔{received.Year}〕{i + 1}号", TrackingCodes.New(), applicant,
                (RequestChannel)(i % 5), received, Subjects[i % Subjects.Length], i % 2 == 0 ? "电子邮件" : "纸质邮寄", officer, now);
            var step = received.AddDays(1);
            switch (i)
            {
                case 0: break;
                case 1: request.RequestCorrection(step, officer, "请写明所需信息的文件名称、文号或者便于查询的其他特征性描述", calendar, now); break;
                case 2: request.StartConsultation(step, officer, "示例医药有限公司（第三方）", now); break;
                case 3: request.SendFeeNotice(step, officer, FeeMethod.PerPage, 120, "请持本通知书到示例县人民路1号本机关财务室缴纳，或汇入通知书所附非税收入账户", calendar, now); break;
                case 4:
                    request.RequestExtension(step, officer, "所需信息涉及多个科室，需汇总核实", now);
                    request.ApproveExtension(step, head, calendar, now);
                    break;
                case 5: request.RequestExtension(step, officer, "需调取档案", now); break;
                case 6: request.Decide(step, officer, "3.1", "", now); break;
                case 7:
                    request.Decide(step, officer, "3.4.1.elsewhere", new Dictionary<string, string>
                    {
                        [Outcomes.Reason] = "医疗保障基金的使用情况由县医疗保障局负责制作和保存",
                        [Outcomes.ResponsibleAgency] = "示例县医疗保障局",
                        [Outcomes.ResponsibleContact] = "示例县人民路3号，电话0000-1234000",
                    }, now);
                    request.SignOffReply(step.AddDays(1), head, now);
                    request.Reply(step.AddDays(1), officer, i % 2 == 0 ? DeliveryMethod.Email : DeliveryMethod.Post, i % 2 == 0 ? $"applicant{i}@example.cn" : $"XA{i:D9}CN", now);
                    break;
                case var _ when i % 11 == 0:
                    request.RequestCorrection(step, officer, "请补充身份证明", calendar, now);
                    request.RecordNoticeServed(step.AddDays(2), officer, now);
                    request.CloseUncorrected(step.AddDays(40), officer, calendar, now);
                    request.SignOffReply(step.AddDays(41), head, now);
                    request.Reply(step.AddDays(41), officer, i % 2 == 0 ? DeliveryMethod.Email : DeliveryMethod.Post, i % 2 == 0 ? $"applicant{i}@example.cn" : $"XA{i:D9}CN", now);
                    request.Close(step.AddDays(42), officer, now);
                    break;
                default:
                    var outcome = outcomes[i % outcomes.Count];
                    if (outcome.RowCode == "3.5.4")
                    {
                        request.AskForReasons(step, officer, "该申请人本月已提出同类申请40余件", now);
                        request.AssessReasons(step.AddDays(3), officer, "未说明理由", reasonable: false, null, calendar, now);
                    }
                    request.Decide(step.AddDays(5), officer, outcome.Key, outcome.Fields.ToDictionary(f => f.Key, f => DemoField(f.Key)), now);
                    request.SignOffReply(step.AddDays(6), head, now);
                    request.Reply(step.AddDays(6), officer, i % 2 == 0 ? DeliveryMethod.Email : DeliveryMethod.Post, i % 2 == 0 ? $"applicant{i}@example.cn" : $"XA{i:D9}CN", now);
                    request.Close(step.AddDays(7), officer, now);
                    break;
            }
            request.RefreshDue(calendar, today);
            db.Requests.Add(request);
        }
    }

    /// <summary>
    /// Last year's report as an officer finishes it: the draft from the register (its counts) with every prompt written out,
    /// and section 五 in the agency's own words, so that the demo's head can publish it cleanly.
    /// </summary>
    private static async Task AddFinishedReportAsync(GongkaiDbContext db, int agencyId, int year)
    {
        var draft = await Reports.ReportBuilder.BuildAsync(db, agencyId, year);
        string[] written =
        [
            "依托县政府门户网站“法定主动公开内容”栏目和“健康示例”微信公众号，及时公开医疗机构执业许可、行政处罚结果、公共卫生服务等信息，新出台的行政规范性文件均同步发布图文解读。",
            "落实公文公开属性源头认定，拟文时即明确公开属性；信息发布前经科室初审、办公室业务审核、保密审查和分管领导审签，未发生泄密和不当公开。",
            "加强政府网站卫生健康栏目和政务新媒体的日常维护，每周巡查栏目更新和链接有效性，及时回应网民留言。",
            "将政务公开工作纳入科室年度目标考核，组织政务公开业务培训，邀请群众代表对公开工作进行评议。",
            "对照上级年度政务公开工作要点，逐项细化到责任科室，按季度调度进展，各项任务均已完成。",
            "在县人民医院、乡镇卫生院设置政务公开专区，提供政策查阅、申请指引和办事咨询服务。",
        ];
        var next = 0;
        string Finish(string text) => System.Text.RegularExpressions.Regex.Replace(text, "【[^】]*】", _ => written[next++ % written.Length]);
        var overview = Finish(draft.SectionText[ReportSection.Overview]);
        var other = Finish(draft.SectionText[ReportSection.Other]);
        const string problems = "（一）上年度问题整改情况。针对上年度报告所列政策解读形式较为单一的问题，本年度增加了图文解读和问答解读，解读材料与政策文件同步发布。\n" +
            "（二）存在的主要问题。一是部分业务科室对公文公开属性的认定把握不够准确；二是政务新媒体的信息更新频率不够均衡。\n" +
            "（三）改进措施。一是开展公开属性认定专题培训，由办公室逐件复核；二是建立政务新媒体信息发布周计划，由办公室统一调度。";
        var record = new AnnualReportRecord(agencyId, year);
        record.Edit("", overview, problems, other, (null, null, null, null));
        db.AnnualReports.Add(record);
        await db.SaveChangesAsync();
    }

    /// <summary>What an officer would write in a demo decision's field.</summary>
    private static string DemoField(string key) => key switch
    {
        Outcomes.Withheld => "其中涉及患者姓名、身份证号码的部分，属于个人隐私，依据条例第十五条不予公开",
        Outcomes.PublishedAt => "示例县人民政府门户网站“政府信息公开—法定主动公开内容”栏目",
        Outcomes.QueryProcedure => "依照《医疗机构管理条例》的规定，向示例县卫生健康局政务服务窗口申请查询医疗机构执业登记信息",
        Outcomes.Channel => "示例县信访局（示例县人民路5号）或12345政务服务便民热线",
        Outcomes.EarlierReply => "本机关于本年3月2日以示卫公开〔2026〕3号答复",
        Outcomes.LegalBasis => "《中华人民共和国政府信息公开条例》第二条",
        Outcomes.ResponsibleAgency => "示例县医疗保障局",
        Outcomes.ResponsibleContact => "电话0000-1234000",
        _ => "该信息系本机关在履行职责过程中制作，经审查符合所选情形（演示）",
    };

    private static void AddRegister(GongkaiDbContext db, int agencyId, DateOnly today)
    {
        string[] categories = ["机构职能", "政策文件", "规划计划", "行政许可", "行政处罚", "财政资金", "公共卫生", "建议提案办理"];
        for (var i = 0; i < categories.Length; i++) db.CatalogueCategories.Add(new CatalogueCategory(agencyId, categories[i], i + 1));
        for (var i = 0; i < 24; i++)
            db.Disclosures.Add(new Disclosure(agencyId, $"{Subjects[i % Subjects.Length]}（第{i + 1}期）", i % 3 == 0 ? $"示卫发〔{today.Year - i / 12}〕{i + 1}号" : "",
                categories[i % categories.Length], i % 2 == 0 ? "政府网站" : "政务新媒体", today.AddDays(-i * 15),
                $"根据《中华人民共和国政府信息公开条例》的规定，现将{Subjects[i % Subjects.Length]}予以公开（演示数据，非真实政府信息）。\n如有疑问，请与示例县卫生健康局办公室联系。"));
        var docs = new[]
        {
            new NormativeDocument(agencyId, NormativeKind.NormativeDocument, "示例县医疗机构校验管理办法", "示卫规〔2023〕1号", new DateOnly(2023, 4, 10)),
            new NormativeDocument(agencyId, NormativeKind.NormativeDocument, "示例县家庭医生签约服务实施细则", "示卫规〔2025〕1号", new DateOnly(2025, 3, 1)),
            new NormativeDocument(agencyId, NormativeKind.NormativeDocument, "示例县基层卫生人才引进办法", "示卫规〔2026〕1号", new DateOnly(2026, 5, 20)),
        };
        docs[0].Repeal(new DateOnly(2026, 6, 30));
        db.NormativeDocuments.AddRange(docs);
        for (var year = today.Year - 1; year <= today.Year; year++)
            for (var month = 1; month <= (year == today.Year ? today.Month : 12); month++)
            {
                var count = new DecisionCount(agencyId, year, month);
                count.Set(40 + month * 3, 5 + month % 4, month % 3 == 0 ? 1 : 0, 0);
                db.DecisionCounts.Add(count);
            }
    }
}
