using Gongkai.Agencies;
using Gongkai.Calendar;
using Gongkai.Requests;
using static Gongkai.Core.Tests.Requests.RequestBuilder;

namespace Gongkai.Core.Tests.Requests;

/// <summary>The rules an applicant could win a review on: lapse timing, Art. 35, fees, third parties, the application, the review body.</summary>
public class ReplyRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;
    private const string Pay = "到本机关财务室缴纳";

    [Fact]
    public void No_lapse_for_an_uncorrected_application_before_the_notice_is_served_and_its_period_has_run()
    {
        var request = Received("2024-03-04");
        request.RequestCorrection(D("2024-03-05"), Officer, "请写明文件名称", Calendar, At, periodWorkingDays: 10);

        Assert.Contains("请先登记补正告知书送达", Assert.Throws<DomainException>(() => request.CloseUncorrected(D("2024-03-06"), Officer, Calendar, At)).Message);
        Assert.DoesNotContain(RequestStep.Uncorrected, request.AvailableSteps());

        request.RecordNoticeServed(D("2024-03-07"), Officer, At);
        // 10 working days from 7 March: 21 March is the last day; 22 March the first on which the lapse may be recorded.
        Assert.Equal(D("2024-03-21"), request.NoticePeriodEnds(Calendar));
        var early = Assert.Throws<DomainException>(() => request.CloseUncorrected(D("2024-03-21"), Officer, Calendar, At));
        Assert.Contains("2024-03-22起方可认定", early.Message);
        Assert.Equal(RequestState.CorrectionRequested, request.State);

        request.CloseUncorrected(D("2024-03-22"), Officer, Calendar, At);
        Assert.Equal("3.6.1", request.OutcomeCode);
        Assert.Contains("10个工作日内补正", request.Outcome!.Paragraph(request));
        Assert.Contains("您无正当理由逾期未补正", request.Outcome!.Paragraph(request));
    }

    [Fact]
    public void No_lapse_for_an_unpaid_fee_before_twenty_working_days_from_the_day_after_receipt()
    {
        var request = Received("2024-03-04");
        request.SendFeeNotice(D("2024-03-11"), Officer, FeeMethod.PerPage, 150, Pay, Calendar, At);
        request.RecordNoticeServed(D("2024-03-12"), Officer, At);

        Assert.Equal(D("2024-04-10"), request.NoticePeriodEnds(Calendar)); // 20 working days after 12 March, skipping 清明 4–5 April
        Assert.Throws<DomainException>(() => request.CloseUnpaid(D("2024-04-10"), Officer, Calendar, At));
        request.CloseUnpaid(D("2024-04-11"), Officer, Calendar, At);
        Assert.Equal("3.6.2", request.OutcomeCode);
    }

    [Fact]
    public void Mass_applications_are_first_asked_for_reasons()
    {
        var request = Received();
        var e = Assert.Throws<DomainException>(() => request.Decide(D("2024-03-10"), Officer, "3.5.4", "本月申请40件", At));
        Assert.Contains("须先要求申请人说明理由", e.Message);

        request.AskForReasons(D("2024-03-05"), Officer, "本月已提出同类申请40件", At);
        request.AssessReasons(D("2024-03-12"), Officer, "未说明理由", reasonable: false, null, Calendar, At);
        request.Decide(D("2024-03-13"), Officer, "3.5.4", "申请人未说明理由", At);

        Assert.Contains("2024年3月5日要求您说明理由", request.Outcome!.Paragraph(request));
    }

    [Fact]
    public void Reasonable_reasons_allow_a_stated_later_reply_date_and_no_refusal()
    {
        var request = Received("2024-03-04");
        request.AskForReasons(D("2024-03-05"), Officer, "本月已提出同类申请40件", At);

        Assert.Throws<DomainException>(() => request.AssessReasons(D("2024-03-12"), Officer, "课题研究", true, D("2024-03-20"), Calendar, At));
        request.AssessReasons(D("2024-03-12"), Officer, "课题研究需要", true, D("2024-05-31"), Calendar, At);

        var deadline = request.Deadline(Calendar, D("2024-03-12"));
        Assert.Equal(D("2024-05-31"), deadline.Due);
        Assert.Contains("第三十五条", deadline.Explain());
        Assert.Equal(Gongkai.Letters.LetterKind.DelayNotice, RequestStep.Reasons.LetterFor(request));
        Assert.Contains("理由合理", Assert.Throws<DomainException>(() => request.Decide(D("2024-03-13"), Officer, "3.5.4", "x", At)).Message);
    }

    [Fact]
    public void A_fee_notice_after_the_reply_deadline_is_refused_and_a_fee_can_be_waived()
    {
        var late = Received("2024-03-04");
        var e = Assert.Throws<DomainException>(() => late.SendFeeNotice(D("2024-04-02"), Officer, FeeMethod.PerPage, 150, Pay, Calendar, At));
        Assert.Contains("答复期限内发出", e.Message);
        Assert.Contains("缴费方式", Assert.Throws<DomainException>(() => late.SendFeeNotice(D("2024-03-11"), Officer, FeeMethod.PerPage, 150, " ", Calendar, At)).Message);

        var waived = Received("2024-03-04");
        waived.SendFeeNotice(D("2024-03-11"), Officer, FeeMethod.PerPage, 150, Pay, Calendar, At);
        waived.WaiveFee(D("2024-03-13"), Officer, "申请人为低保对象", At);
        Assert.Equal((RequestState.Received, true), (waived.State, waived.FeeWaived));
        Assert.Null(waived.PausedSince);
    }

    [Fact]
    public void The_fee_standard_is_stated_tier_by_tier()
    {
        Assert.Equal("按量计收：共150页，第1—30页免费；第31—100页70页×10元=700元；第101—150页50页×20元=1000元；合计1700元",
            Fees.Standard(FeeMethod.PerPage, 150));
        Assert.Contains("第12件申请", Fees.Standard(FeeMethod.PerApplication, 12));
        Assert.Contains("本件收取100元", Fees.Standard(FeeMethod.PerApplication, 12));
    }

    [Theory]
    [InlineData("11010119900307451x", "11010119900307451X")]
    [InlineData("１１０１０１１９９００３０７４５１Ｘ", "11010119900307451X")]
    [InlineData("110101 1990 0307 451X", "11010119900307451X")]
    public void Applicants_are_matched_on_a_normalised_id(string written, string comparable) =>
        Assert.Equal(comparable, Applicant.Comparable(written));

    [Fact]
    public void A_consultation_pauses_the_clock_for_at_most_fifteen_working_days()
    {
        var request = Received("2024-03-04");
        request.StartConsultation(D("2024-03-05"), Officer, "某医药公司", At);
        Assert.Equal(D("2024-03-26"), request.ConsultationEnds(Calendar));

        Assert.Contains("期满前不能登记为逾期未答复", Assert.Throws<DomainException>(() =>
            request.EndConsultation(D("2024-03-20"), Officer, ConsultationAnswer.NoAnswer, "", Calendar, At)).Message);
        // Answered a month late: only the 15 working days are left out of the reply period.
        request.EndConsultation(D("2024-04-22"), Officer, ConsultationAnswer.NoAnswer, "", Calendar, At);
        var capped = request.Deadline(Calendar, D("2024-04-22"));
        Assert.Equal(Deadline.Compute(D("2024-03-04"), 20, Calendar, [new Pause(D("2024-03-05"), D("2024-03-26"), "")]).Due, capped.Due);
    }

    [Fact]
    public void Disclosing_over_a_third_partys_objection_first_tells_it_in_writing()
    {
        var request = Received();
        request.StartConsultation(D("2024-03-05"), Officer, "某医药公司", At);
        request.EndConsultation(D("2024-03-08"), Officer, ConsultationAnswer.Objected, "涉及商业秘密", Calendar, At);

        Assert.Contains("书面告知第三方", Assert.Throws<DomainException>(() => request.Decide(D("2024-03-10"), Officer, "3.1", "", At)).Message);
        Assert.Contains(RequestStep.NotifyThirdParty, request.AvailableSteps());
        request.NotifyThirdParty(D("2024-03-10"), Officer, "公开检查结论，因涉及公众健康，不公开可能对公共利益造成重大影响", At);
        request.Decide(D("2024-03-11"), Officer, "3.1", "", At);
        Assert.Equal("3.1", request.OutcomeCode);
    }

    [Fact]
    public void A_co_author_agencys_silence_is_consent()
    {
        var request = Received("2024-03-04");
        request.StartConsultation(D("2024-03-05"), Officer, "示例县市场监督管理局", At, coAuthorAgency: true);
        request.EndConsultation(D("2024-03-27"), Officer, ConsultationAnswer.NoAnswer, "", Calendar, At);

        Assert.Contains("视为同意公开", request.History[^1].Note);
        Assert.False(request.ThirdPartyObjected);
    }

    [Fact]
    public void Any_one_contact_is_enough_and_the_form_of_delivery_is_required()
    {
        var byMail = new InformationRequest(1, "n", "t", new Applicant(ApplicantType.NaturalPerson, "张三", "110101199001011234", "", "", "a@example.cn"),
            RequestChannel.Oral, D("2024-03-04"), "某信息", "电子邮件", Officer, At);
        Assert.Equal("口头（代为填写）", byMail.Channel.Label());

        var none = Assert.Throws<DomainException>(() => new InformationRequest(1, "n", "t", new Applicant(ApplicantType.NaturalPerson, "张三", "110101199001011234", "", ""),
            RequestChannel.Online, D("2024-03-04"), "某信息", "电子邮件", Officer, At));
        Assert.Contains("至少留下一种联系方式", none.Message);
        var noForm = Assert.Throws<DomainException>(() => new InformationRequest(1, "n", "t", new Applicant(ApplicantType.NaturalPerson, "张三", "110101199001011234", "138", ""),
            RequestChannel.Online, D("2024-03-04"), "某信息", " ", Officer, At));
        Assert.Contains("获取信息的方式", noForm.Message);
    }

    [Fact]
    public void The_head_may_refuse_an_extension_with_a_reason()
    {
        var request = Received();
        request.RequestExtension(D("2024-03-25"), Officer, "需要汇总", At);
        Assert.Contains("负责人", Assert.Throws<DomainException>(() => request.RefuseExtension(D("2024-03-26"), Officer, "不必", At)).Message);
        request.RefuseExtension(D("2024-03-26"), Head, "可在期限内完成", At);

        Assert.False(request.Extended);
        Assert.True(request.ExtensionRefused);
        Assert.Equal(D("2024-04-01"), request.Deadline(Calendar, D("2024-03-26")).Due);
    }

    [Theory]
    [InlineData(ReviewRoute.Department, "", "请填写受理行政复议的机关")]
    [InlineData(ReviewRoute.Department, "本级人民政府", "不是机关的名称")]
    [InlineData(ReviewRoute.Department, "示例市卫生健康委员会", "不是人民政府")]
    [InlineData(ReviewRoute.Government, "示例县人民政府", "不能是本机关")]
    [InlineData(ReviewRoute.VerticallyManaged, "示例县人民政府", "上一级主管部门")]
    public void The_review_body_must_fit_the_agency(ReviewRoute route, string body, string reason)
    {
        var agency = new Agency(route == ReviewRoute.Government ? "示例县人民政府" : "示例县卫生健康局");
        Assert.Contains(reason, Assert.Throws<DomainException>(() => agency.SetReviewBody(route, body)).Message);
        Assert.NotNull(agency.ReplyProblem);
    }

    [Theory]
    [InlineData(ReviewRoute.Department, "示例县卫生健康局", "示例县人民政府")]
    [InlineData(ReviewRoute.Government, "示例县人民政府", "示例市人民政府")]
    [InlineData(ReviewRoute.VerticallyManaged, "国家税务总局示例县税务局", "国家税务总局示例市税务局")]
    public void A_fitting_review_body_is_kept(ReviewRoute route, string name, string body)
    {
        var agency = new Agency(name);
        agency.SetReviewBody(route, body);
        Assert.Equal((route, body), (agency.ReviewRoute, agency.ReviewBody));
        Assert.Null(agency.ReplyProblem);
    }
}
