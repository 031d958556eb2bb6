using Gongkai.Calendar;
using Gongkai.Requests;
using static Gongkai.Core.Tests.Requests.RequestBuilder;

namespace Gongkai.Core.Tests.Requests;

public class InformationRequestTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;
    private const string Pay = "到本机关财务室缴纳";

    [Fact]
    public void A_request_goes_from_receipt_to_closing_and_records_each_step()
    {
        var request = Received();

        request.Decide(D("2024-03-10"), Officer, "3.1", "", At);
        Assert.Contains("须经负责人签发后才能送达", Assert.Throws<DomainException>(() => request.Reply(D("2024-03-11"), Officer, DeliveryMethod.Post, "XA123456789CN", At)).Message);
        Assert.Contains("负责人", Assert.Throws<DomainException>(() => request.SignOffReply(D("2024-03-11"), Officer, At)).Message);
        request.SignOffReply(D("2024-03-11"), Head, At);
        request.Reply(D("2024-03-11"), Officer, DeliveryMethod.Post, "XA123456789CN", At);
        request.Close(D("2024-03-12"), Officer, At);

        Assert.Equal(RequestState.Closed, request.State);
        Assert.Equal("3.1", request.OutcomeCode);
        Assert.Equal(["登记收到申请", "决定：予以公开（提供信息）", "签发答复书", "送达答复", "办结归档"], request.History.Select(e => e.Action));
        Assert.Equal(["李办事", "李办事", "王科长", "李办事", "李办事"], request.History.Select(e => e.Actor));
        Assert.Equal(4, request.Version);
    }

    [Fact]
    public void A_correction_restarts_the_clock_from_the_corrected_application()
    {
        var request = Received();
        request.RequestCorrection(D("2024-03-06"), Officer, "请写明文件名称或文号", Calendar, At);
        request.ReceiveCorrection(D("2024-03-20"), Officer, At);

        Assert.Equal(RequestState.Received, request.State);
        Assert.Equal(D("2024-03-20"), request.ClockStart);
        Assert.Equal(Deadline.Compute(D("2024-03-20"), 20, Calendar).Due, request.Deadline(Calendar, D("2024-03-20")).Due);
    }

    [Fact]
    public void A_correction_is_asked_once_and_within_seven_working_days()
    {
        var late = Received();
        var e = Assert.Throws<DomainException>(() => late.RequestCorrection(D("2024-03-14"), Officer, "补充身份证明", Calendar, At));
        Assert.Contains("7个工作日内", e.Message);

        var twice = Received();
        twice.RequestCorrection(D("2024-03-05"), Officer, "补充身份证明", Calendar, At);
        twice.ReceiveCorrection(D("2024-03-07"), Officer, At);
        Assert.Contains("只能要求一次", Assert.Throws<DomainException>(() => twice.RequestCorrection(D("2024-03-08"), Officer, "再补充", Calendar, At)).Message);
    }

    [Fact]
    public void No_correction_in_time_is_outcome_3_6_1()
    {
        var request = Received();
        request.RequestCorrection(D("2024-03-05"), Officer, "补充身份证明", Calendar, At);
        request.RecordNoticeServed(D("2024-03-07"), Officer, At);
        request.CloseUncorrected(D("2024-04-10"), Officer, Calendar, At);

        Assert.Equal((RequestState.Decided, "3.6.1"), (request.State, request.OutcomeCode));
    }

    [Fact]
    public void A_third_party_consultation_stops_the_clock()
    {
        var request = Received();
        request.StartConsultation(D("2024-03-11"), Officer, "某医药公司", At);
        Assert.Equal(RequestState.ThirdPartyConsultation, request.State);
        request.EndConsultation(D("2024-03-15"), Officer, ConsultationAnswer.Objected, "第三方不同意公开", Calendar, At);

        Assert.Equal(D("2024-04-09"), request.Deadline(Calendar, D("2024-03-15")).Due);
    }

    [Fact]
    public void An_extension_needs_the_heads_approval_and_is_granted_once()
    {
        var request = Received();
        request.RequestExtension(D("2024-03-25"), Officer, "涉及多个科室，需要汇总", At);

        Assert.Contains("负责人", Assert.Throws<DomainException>(() => request.ApproveExtension(D("2024-03-26"), Officer, Calendar, At)).Message);
        request.ApproveExtension(D("2024-03-26"), Head, Calendar, At);

        Assert.True(request.Extended);
        Assert.Equal(D("2024-04-29"), request.Deadline(Calendar, D("2024-03-26")).Due);
        Assert.Contains("只能申请一次", Assert.Throws<DomainException>(() => request.RequestExtension(D("2024-03-27"), Officer, "再延", At)).Message);
    }

    [Fact]
    public void An_extension_cannot_be_approved_after_the_deadline()
    {
        var request = Received();
        request.RequestExtension(D("2024-03-25"), Officer, "需要汇总", At);

        Assert.Contains("已于2024-04-01届满", Assert.Throws<DomainException>(() => request.ApproveExtension(D("2024-04-02"), Head, Calendar, At)).Message);
    }

    [Fact]
    public void A_fee_notice_pauses_the_clock_and_an_unpaid_fee_is_outcome_3_6_2()
    {
        var request = Received();
        request.SendFeeNotice(D("2024-03-11"), Officer, FeeMethod.PerPage, 150, Pay, Calendar, At);

        Assert.Equal((RequestState.AwaitingFee, 1700m), (request.State, request.FeeAmount));
        request.RecordNoticeServed(D("2024-03-12"), Officer, At);
        request.CloseUnpaid(D("2024-04-11"), Officer, Calendar, At);
        Assert.Equal((RequestState.Decided, "3.6.2"), (request.State, request.OutcomeCode));
    }

    [Fact]
    public void A_free_quantity_needs_no_fee_notice()
    {
        Assert.Contains("无需发出收费通知", Assert.Throws<DomainException>(() => Received().SendFeeNotice(D("2024-03-11"), Officer, FeeMethod.PerPage, 20, Pay, Calendar, At)).Message);
    }

    [Fact]
    public void Paying_the_fee_resumes_the_clock()
    {
        var request = Received();
        request.SendFeeNotice(D("2024-03-11"), Officer, FeeMethod.PerApplication, 12, Pay, Calendar, At);
        request.RecordPayment(D("2024-03-15"), Officer, At);

        Assert.Equal(RequestState.Received, request.State);
        Assert.Equal(D("2024-04-09"), request.Deadline(Calendar, D("2024-03-15")).Due);
    }

    [Theory]
    [InlineData("3.6.1")]
    [InlineData("3.6.2")]
    [InlineData("3.7")]
    [InlineData("9")]
    public void Outcomes_that_follow_from_other_steps_or_are_not_outcomes_cannot_be_chosen(string code)
    {
        Assert.Throws<DomainException>(() => Received().Decide(D("2024-03-10"), Officer, code, "理由", At));
    }

    [Fact]
    public void A_refusal_must_give_its_reason()
    {
        Assert.Contains("须填写：具体理由", Assert.Throws<DomainException>(() => Received().Decide(D("2024-03-10"), Officer, "3.3.4", " ", At)).Message);
    }

    [Fact]
    public void Illegal_moves_are_refused_with_the_current_state()
    {
        var request = Received();
        Assert.Contains("当前为“办理中”，不能登记送达", Assert.Throws<DomainException>(() => request.Reply(D("2024-03-10"), Officer, DeliveryMethod.Online, null, At)).Message);
        Assert.Throws<DomainException>(() => request.Close(D("2024-03-10"), Officer, At));
        Assert.Throws<DomainException>(() => request.ReceiveCorrection(D("2024-03-10"), Officer, At));
        Assert.Throws<DomainException>(() => request.EndConsultation(D("2024-03-10"), Officer, ConsultationAnswer.Agreed, "", Calendar, At));
        Assert.Throws<DomainException>(() => request.RecordPayment(D("2024-03-10"), Officer, At));

        request.RequestCorrection(D("2024-03-05"), Officer, "补充", Calendar, At);
        Assert.Contains("待补正", Assert.Throws<DomainException>(() => request.Decide(D("2024-03-10"), Officer, "3.1", "", At)).Message);
        Assert.Throws<DomainException>(() => request.StartConsultation(D("2024-03-10"), Officer, "第三方", At));
        Assert.Equal(RequestState.CorrectionRequested, request.State);
    }

    [Fact]
    public void The_head_may_send_a_decision_back_and_the_officer_decides_again()
    {
        var request = Received();
        request.Decide(D("2024-03-10"), Officer, "3.3.5", "属于人事管理信息", At);
        Assert.Contains("退回的理由", Assert.Throws<DomainException>(() => request.ReturnDecision(D("2024-03-11"), Head, " ", At)).Message);
        request.ReturnDecision(D("2024-03-11"), Head, "该信息不属于内部事务，应予公开", At);

        Assert.Equal((RequestState.Received, null, null), (request.State, request.OutcomeCode, request.DecidedOn));
        Assert.Empty(request.DecisionFields);
        request.Decide(D("2024-03-12"), Officer, "3.1", "", At);
        Assert.Equal("3.1", request.OutcomeCode);
    }

    [Fact]
    public void Personal_data_is_masked_for_lists()
    {
        var masked = Received().Applicant.Masked();

        Assert.Equal(("张*", "110***********1234", "138****5678", "***"), (masked.Name, masked.IdNumber, masked.Phone, masked.Address));
    }
}
