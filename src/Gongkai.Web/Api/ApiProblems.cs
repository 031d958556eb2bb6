using Microsoft.AspNetCore.Http.Features;

namespace Gongkai.Web.Api;

/// <summary>Every error of the JSON API is a ProblemDetails whose title and detail a Chinese user can read; no exception shows.</summary>
public static class ApiProblems
{
    public static void InChinese(ProblemDetailsContext context)
    {
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        var (title, detail) = Describe(status);
        context.ProblemDetails.Title = context.ProblemDetails.Title is { } t && ContainsChinese(t) ? t : title;
        if (context.ProblemDetails.Detail is not { } d || !ContainsChinese(d)) context.ProblemDetails.Detail = detail;
        context.ProblemDetails.Type = null;
        context.ProblemDetails.Extensions.Remove("traceId");
        context.ProblemDetails.Extensions.Remove("exception");
    }

    public static (string Title, string Detail) Describe(int status) => status switch
    {
        400 => ("请求无效", "请求内容无法读取：请以JSON提交，字段名和取值见 /openapi/v1.json。"),
        401 => ("请先登录", "此接口须登录后使用。"),
        403 => ("无权访问", "您的账号无权执行此操作。"),
        404 => ("未找到", "没有找到所请求的记录。"),
        405 => ("方法不允许", "此地址不接受这种请求方法。"),
        413 => ("内容过大", "提交的内容超过了允许的大小。"),
        415 => ("格式不支持", "请以 application/json 提交。"),
        429 => ("提交过于频繁", "提交过于频繁，请稍后再试。"),
        _ => ("服务器出错", "服务器处理请求时出现问题，已保存的数据没有丢失，请稍后重试。"),
    };

    /// <summary>For a refusal made outside the endpoints (the rate limiter): a ProblemDetails on /api; pages get the status page.</summary>
    public static async ValueTask WriteIfApiAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api")) return;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = context.Response.StatusCode } });
    }

    private static bool ContainsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
