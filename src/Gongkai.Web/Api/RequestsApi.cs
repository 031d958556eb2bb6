using Gongkai.Requests;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Api;

/// <summary>The officer's JSON API: the worklist, a request, and its steps, with the pages' authorization and rules.</summary>
public static class RequestsApi
{
    public sealed record StepBody(string Step, int Version, DateOnly? On, string? Note, string? Outcome, FeeMethod FeeMethod = FeeMethod.PerPage, int Quantity = 0,
        Dictionary<string, string>? Fields = null, int? Days = null, ConsultationAnswer Answer = ConsultationAnswer.Agreed, bool Reasonable = false, DateOnly? Until = null,
        DeliveryMethod Delivery = DeliveryMethod.Post);

    public sealed record StepDone(RequestState State, int Version, DateOnly? DueOn);

    public sealed record RequestView(long Id, string Number, Applicant Applicant, RequestChannel Channel, DateOnly ReceivedOn, string Description,
        RequestState State, int Version, DateOnly? DueOn, string? DueExplained, string? OutcomeCode, IReadOnlyList<HistoryView> History);

    public sealed record HistoryView(DateOnly On, string Action, string Actor, string? Note);

    public static RouteGroupBuilder MapRequestsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/requests").WithTags("依申请公开").RequireAuthorization(Roles.Policy(Permission.HandleRequests));
        api.MapGet("/", WorklistAsync).WithSummary("工作台：本机关的申请（申请人信息已遮蔽）");
        api.MapGet("/{id:long}", GetAsync).WithSummary("一件申请的全部信息、期限和办理记录");
        api.MapPost("/{id:long}/steps", StepAsync).WithSummary("办理一步：补正、征求意见、延期、收费、决定、答复、办结");
        return api;
    }

    private static async Task<Ok<List<Worklist.Row>>> WorklistAsync(string? filter, RequestState? state, HttpContext http, GongkaiDbContext db, Clock clock)
    {
        var rows = await Worklist.Query(db, http.User.AgencyId(), filter ?? "open", state, clock.Today).Take(500).ToListAsync();
        return TypedResults.Ok(rows.Select(Worklist.Masked).ToList());
    }

    private static async Task<Results<Ok<RequestView>, NotFound>> GetAsync(long id, HttpContext http, GongkaiDbContext db, CalendarService calendars, Clock clock, AuditLog audit)
    {
        var agencyId = http.User.AgencyId();
        var r = await db.Requests.AsNoTracking().FindWithHistoryAsync(agencyId, id);
        if (r is null) return TypedResults.NotFound();
        // The answer holds the applicant in full, as the details page does: recorded the same way.
        await audit.PersonalDataViewedAsync(r, "接口");
        var deadline = r.State.IsPending() ? r.Deadline(await calendars.GetAsync(), clock.Today) : null;
        return TypedResults.Ok(new RequestView(r.Id, r.Number, r.Applicant, r.Channel, r.ReceivedOn, r.Description, r.State, r.Version,
            deadline?.Due, deadline?.Explain(), r.OutcomeCode,
            r.History.OrderBy(e => e.Id).Select(e => new HistoryView(e.On, e.Action, e.Actor, e.Note)).ToList()));
    }

    private static async Task<Results<Ok<StepDone>, ProblemHttpResult, NotFound>> StepAsync(long id, StepBody body, HttpContext http,
        GongkaiDbContext db, RequestSteps steps, Clock clock, ILoggerFactory logs)
    {
        var agencyId = http.User.AgencyId();
        var request = await db.Requests.FindWithHistoryAsync(agencyId, id);
        if (request is null) return TypedResults.NotFound();
        var (result, message) = await steps.ApplyAsync(request, new StepInput(body.Step, body.Version, body.On ?? clock.Today, body.Note, body.Outcome, body.FeeMethod, body.Quantity,
            body.Fields, body.Days, body.Answer, body.Reasonable, body.Until, body.Delivery), http.User.Actor());
        switch (result)
        {
            case StepResult.Conflict: return TypedResults.Problem(message, statusCode: StatusCodes.Status409Conflict, title: "修改冲突");
            case StepResult.Refused: return TypedResults.Problem(message, statusCode: StatusCodes.Status400BadRequest, title: "不能办理这一步");
        }
        logs.CreateLogger("Gongkai.Api").LogInformation("Request {RequestId} step {Step} by user {UserId}", id, body.Step, http.User.Identity?.Name);
        return TypedResults.Ok(new StepDone(request.State, request.Version, request.DueOn));
    }
}
