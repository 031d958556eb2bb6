using System.ComponentModel.DataAnnotations;
using Gongkai.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Api;

/// <summary>The applicant's JSON API: apply and track, with the same validation, duplicate protection and rate limit as the pages.</summary>
public static class PublicApi
{
    public sealed class ApplicationRequest : ApplicationForm
    {
        [Required(ErrorMessage = "请提供本次提交的唯一编号 submissionKey，重复提交同一编号只会登记一次。")]
        [RegularExpression("^[A-Za-z0-9-]{8,64}$", ErrorMessage = "submissionKey 应为8到64位的字母、数字或连字符。")]
        public string SubmissionKey { get; set; } = "";
    }

    public sealed record Receipt(string TrackingCode, string Number, DateOnly ReceivedOn, DateOnly DueOn);

    public sealed record TrackQuery(string? Code, string? LastFour);

    public sealed record LetterInfo(long Id, string Title, string Number, DateOnly IssuedOn);

    public sealed record Progress(string Number, DateOnly ReceivedOn, RequestState State, string StateLabel, DateOnly? DueOn, IReadOnlyList<LetterInfo> Letters);

    public static RouteGroupBuilder MapPublicApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/public").WithTags("公众").RequireRateLimiting(Portal.RateLimitPolicy).AllowAnonymous();
        api.MapPost("/agencies/{agencyId:int}/requests", SubmitAsync).WithSummary("在线提交政府信息公开申请");
        api.MapPost("/track", TrackAsync).WithSummary("凭查询码和联系电话或证件号码后四位查询办理进度");
        return api;
    }

    private static async Task<Results<Created<Receipt>, Ok<Receipt>, ValidationProblem, NotFound>> SubmitAsync(
        int agencyId, ApplicationRequest body, GongkaiDbContext db, Portal portal, CalendarService calendars, Clock clock)
    {
        if (Validate(body) is { } errors) return TypedResults.ValidationProblem(errors, title: "申请内容不完整或有误");
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId)) return TypedResults.NotFound();
        var (request, created) = await portal.SubmitAsync(agencyId, body, body.SubmissionKey);
        var receipt = new Receipt(request.TrackingCode, request.Number, request.ReceivedOn, request.Deadline(await calendars.GetAsync(), clock.Today).Due);
        return created ? TypedResults.Created($"/api/public/track", receipt) : TypedResults.Ok(receipt);
    }

    private static async Task<Results<Ok<Progress>, ProblemHttpResult>> TrackAsync(TrackQuery query, GongkaiDbContext db, Portal portal, CalendarService calendars, Clock clock)
    {
        var request = await portal.TrackAsync(query.Code, query.LastFour);
        if (request is null) return TypedResults.Problem(Portal.TrackingNotFound, statusCode: StatusCodes.Status404NotFound);
        var letters = await Portal.ApplicantLetters(db, request.Id)
            .Select(l => new LetterInfo(l.Id, l.Title, l.Number!, l.IssuedOn)).ToListAsync();
        var due = request.State.IsPending() ? request.Deadline(await calendars.GetAsync(), clock.Today).Due : (DateOnly?)null;
        return TypedResults.Ok(new Progress(request.Number, request.ReceivedOn, request.State, request.State.Label(), due, letters));
    }

    /// <summary>The DataAnnotations of the form, as field → Chinese messages.</summary>
    public static Dictionary<string, string[]>? Validate(object model)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true)) return null;
        return results.SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(m => (Member: JsonName(m), r.ErrorMessage)))
            .GroupBy(e => e.Member).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "").ToArray());
    }

    private static string JsonName(string member) => member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];
}
