using Gongkai.Agencies;
using Gongkai.Calendar;
using Gongkai.Cases;
using Gongkai.Register;
using Gongkai.Reports;
using Gongkai.Requests;

namespace Gongkai.Data.Tests.Reports;

/// <summary>Registers for report tests: one whose year reproduces a published sample's tables, and random ones.</summary>
public sealed class RegisterBuilder(GongkaiDbContext db, Agency agency)
{
    private static readonly Actor Officer = new("测试", Role.Officer);
    private static readonly DateTimeOffset At = new(2025, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private int _number;

    public static async Task<RegisterBuilder> ForAgencyAsync(GongkaiDbContext db, string name)
    {
        var agency = new Agency(name) { Address = "某地某路1号", Phone = "0000-0000000", NumberPrefix = "测" };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return new RegisterBuilder(db, agency);
    }

    public Agency Agency => agency;

    /// <summary>A request received on a day and, where an outcome is given, decided some days later (still pending otherwise).</summary>
    public InformationRequest Request(ApplicantType type, DateOnly received, string? outcome = null, int decidedAfterDays = 10)
    {
        _number++;
        var request = new InformationRequest(agency.Id, $"测〔{received.Year}〕{_number}号", TrackingCodes.New(),
            new Applicant(type, $"申请人{_number}", $"ID{_number:D8}", "13800000000", ""), RequestChannel.Online, received, "某项信息", "电子邮件", Officer, At);
        var decided = received.AddDays(decidedAfterDays);
        var calendar = WorkingDayCalendar.Shipped;
        switch (outcome)
        {
            case null: break;
            case "3.6.1":
                // A lapse is possible only after the period the served notice gave (5 working days here).
                request.RequestCorrection(received, Officer, "补充", calendar, At, periodWorkingDays: 5);
                request.RecordNoticeServed(received, Officer, At);
                request.CloseUncorrected(Later(decided, request.NoticePeriodEnds(calendar)!.Value), Officer, calendar, At);
                break;
            case "3.6.2":
                request.SendFeeNotice(received, Officer, FeeMethod.PerPage, 100, "到本机关缴纳", calendar, At);
                request.RecordNoticeServed(received, Officer, At);
                request.CloseUnpaid(Later(decided, request.NoticePeriodEnds(calendar)!.Value), Officer, calendar, At);
                break;
            default:
                if (outcome == "3.5.4")
                {
                    request.AskForReasons(received, Officer, "本月申请40件", At);
                    request.AssessReasons(received, Officer, "", reasonable: false, null, calendar, At);
                }
                request.Decide(decided, Officer, outcome, Outcomes.ByKey(outcome).Fields.ToDictionary(f => f.Key,
                    f => f.Key == Outcomes.Withheld ? "其中的个人信息，依据条例第十五条不予公开" : "依据条例作出"), At);
                break;
        }
        request.RefreshDue(WorkingDayCalendar.Shipped, received);
        db.Requests.Add(request);
        return request;
    }

    private static DateOnly Later(DateOnly decided, DateOnly periodEnds) => decided > periodEnds ? decided : periodEnds.AddDays(1);

    public void Decisions(int year, int licensing, int penalty, int enforcement, decimal feesWanYuan)
    {
        var month = new DecisionCount(agency.Id, year, 6);
        month.Set(licensing, penalty, enforcement, feesWanYuan);
        db.DecisionCounts.Add(month);
    }

    public void Document(NormativeKind kind, DateOnly issued, DateOnly? repealed = null)
    {
        var document = new NormativeDocument(agency.Id, kind, "某文件", $"测规〔{issued.Year}〕{++_number}号", issued);
        if (repealed is { } on) document.Repeal(on);
        db.NormativeDocuments.Add(document);
    }

    public async Task CaseAsync(InformationRequest request, CaseKind kind, DateOnly filed, CaseOutcome outcome = CaseOutcome.Pending, DateOnly? closed = null)
    {
        await db.SaveChangesAsync();
        var reviewCase = new ReviewCase(agency.Id, request.Id, kind, filed, "某机关");
        if (outcome != CaseOutcome.Pending) reviewCase.Conclude(outcome, closed ?? filed.AddDays(30));
        db.Cases.Add(reviewCase);
    }

    /// <summary>A register with random requests, outcomes, cases and documents over 2023–2025.</summary>
    public static async Task<RegisterBuilder> RandomAsync(GongkaiDbContext db, int seed)
    {
        var random = new Random(seed);
        var builder = await ForAgencyAsync(db, $"随机机关{seed}");
        var outcomes = RequestRow.Outcomes.Select(r => r.Code).ToArray();
        var requests = new List<InformationRequest>();
        for (var i = 0; i < random.Next(20, 80); i++)
        {
            var received = new DateOnly(2023, 1, 2).AddDays(random.Next(0, 3 * 365));
            var outcome = random.Next(6) == 0 ? null : outcomes[random.Next(outcomes.Length)];
            requests.Add(builder.Request((ApplicantType)random.Next(6), received, outcome, random.Next(1, 60)));
        }
        for (var i = 0; i < random.Next(0, 6); i++)
        {
            var filed = new DateOnly(2023, 3, 1).AddDays(random.Next(0, 3 * 365 - 90));
            var outcome = (CaseOutcome)random.Next(4);
            await builder.CaseAsync(requests[random.Next(requests.Count)], (CaseKind)random.Next(3), filed, outcome, filed.AddDays(random.Next(1, 200)));
        }
        for (var i = 0; i < random.Next(0, 5); i++)
        {
            var issued = new DateOnly(2022, 1, 10).AddDays(random.Next(0, 4 * 365));
            builder.Document((NormativeKind)random.Next(2), issued, random.Next(3) == 0 ? issued.AddDays(random.Next(30, 700)) : null);
        }
        for (var year = 2023; year <= 2025; year++) builder.Decisions(year, random.Next(0, 500), random.Next(0, 100), random.Next(0, 10), random.Next(0, 3));
        await db.SaveChangesAsync();
        return builder;
    }
}
