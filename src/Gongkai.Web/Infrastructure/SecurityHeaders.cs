namespace Gongkai.Web.Infrastructure;

/// <summary>
/// The headers every response carries: a content security policy with no inline script (the pages need none), no
/// framing, no MIME sniffing, a strict referrer policy. A published report keeps its own inline style sheet, as it
/// leaves the agency; nothing else may style inline.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseGongkaiSecurityHeaders(this IApplicationBuilder app)
    {
        static bool IsReport(HttpContext context) => context.Request.Path.StartsWithSegments("/Public/Report");
        return app.UseWhen(IsReport, report => report.UseSecurityHeaders(Policy(inlineStyle: true)))
            .UseWhen(context => !IsReport(context), pages => pages.UseSecurityHeaders(Policy(inlineStyle: false)));
    }

    private static HeaderPolicyCollection Policy(bool inlineStyle) => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .RemoveServerHeader()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            var style = csp.AddStyleSrc().Self();
            if (inlineStyle) style.UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        });
}
