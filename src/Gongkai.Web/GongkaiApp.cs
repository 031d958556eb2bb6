using Gongkai.Data.PersonalData;
using System.Threading.RateLimiting;
using Gongkai.Web.Api;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web;

/// <summary>The web app's services and pipeline, in one place.</summary>
public static class GongkaiApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString("Gongkai") ?? "Data Source=gongkai.db";
        builder.Services.AddSingleton(PersonalDataKey.Load(configuration["Gongkai:PersonalDataKey"], configuration["Gongkai:PersonalDataKeyFile"]));
        builder.Services.AddDbContext<GongkaiDbContext>((services, options) => UseDatabase(options, configuration, connectionString, services.GetRequiredService<PersonalDataKey>()));
        builder.Services.AddScoped<ReadDatabase>();
        // Every instance behind the proxy signs cookies and forms with the same keys, kept in the database.
        builder.Services.AddDataProtection().SetApplicationName("Gongkai").PersistKeysToDbContext<GongkaiDbContext>();
        var proxies = configuration["Gongkai:ReverseProxy:KnownProxies"];
        if (!string.IsNullOrWhiteSpace(proxies))
            builder.Services.Configure<ForwardedHeadersOptions>(options =>
            {
                // The client's address (for the portal's rate limit) and scheme, as the proxy passes them; only from the proxies named.
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                foreach (var proxy in proxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            });

        builder.Services.AddIdentity<User, IdentityRole>(options =>
            {
                options.Password.RequiredLength = CommonPasswordValidator.MinimumLength;
                options.Password.RequireNonAlphanumeric = false;
                // Wrong passwords slow down the one who types them (SignInThrottle); they never lock an account, which
                // anyone could do to any officer. The lockout date serves only to disable an account.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AgencyClaimsFactory>();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "gongkai";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the site is served over HTTPS (behind the proxy too, with forwarded headers).
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            // The JSON API answers 401/403 instead of sending a browser to the login page.
            options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        // Pages carry Chinese as characters, not as &#x…; escapes.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiProblems.InChinese);
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        Roles.AddPolicies(builder.Services.AddAuthorizationBuilder());
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options =>
        {
            // Only the fields marked required are required, each with its own Chinese message.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            var messages = options.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}。");
            messages.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
            messages.SetMissingBindRequiredValueAccessor(field => $"请填写{field}。");
            messages.SetValueMustNotBeNullAccessor(value => $"请填写{value}。");
            messages.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效。");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字。");
            messages.SetMissingKeyOrValueAccessor(() => "缺少必填的值。");
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容为空。");
        });
        builder.Services.AddRazorPages(options =>
        {
            // Each folder is one permission of the access table; finer checks (which agency, which role) ask the table too.
            options.Conventions.AuthorizeFolder("/Requests", Roles.Policy(Permission.HandleRequests));
            options.Conventions.AuthorizeFolder("/Register", Roles.Policy(Permission.KeepRegister));
            options.Conventions.AuthorizeFolder("/Reports", Roles.Policy(Permission.DraftReport));
            options.Conventions.AuthorizeFolder("/Approvals", Roles.Policy(Permission.Approve));
            options.Conventions.AuthorizeFolder("/Admin", Roles.Policy(Permission.ConfigureAgency));
            options.Conventions.AuthorizePage("/Admin/Users", Roles.Policy(Permission.ManageAccounts));
            options.Conventions.AuthorizeFolder("/Supervision", Roles.Policy(Permission.Supervise));
            options.Conventions.AuthorizePage("/Supervision/Account", Roles.Policy(Permission.ManageAccounts));
            options.Conventions.AuthorizePage("/Admin/Audit", Roles.Policy(Permission.ReadAuditLog));
            options.Conventions.AuthorizePage("/Supervision/Audit", Roles.Policy(Permission.ReadAuditLog));
            options.Conventions.AllowAnonymousToFolder("/Public");
            options.Conventions.AddFolderApplicationModelConvention("/Public",
                model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(Portal.RateLimitPolicy)));
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Clock>();
        builder.Services.AddScoped<CalendarService>();
        builder.Services.AddScoped<LetterService>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddScoped<Accounts>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<RequestSteps>();
        builder.Services.AddScoped<Portal>();
        builder.Services.AddScoped<ReportService>();
        builder.Services.AddScoped<Collector>();
        builder.Services.AddScoped<SubmissionReader>();
        builder.Services.AddScoped<Dashboard>();
        builder.Services.AddScoped<Copies>();
        builder.Services.AddScoped<IndicatorBoard>();
        builder.Services.AddScoped<RequestLoads>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<CollectionSignal>();
        builder.Services.AddHostedService<CollectionWorker>();
        builder.Services.Configure<Notices.NoticeOptions>(builder.Configuration.GetSection("Notices"));
        builder.Services.AddScoped<Notices.NoticeQueue>();
        builder.Services.AddScoped<Notices.NoticeSender>();
        builder.Services.AddHttpClient(Notices.NoticeSender.SmsClient, client => client.Timeout = TimeSpan.FromSeconds(20));
        builder.Services.AddHostedService<Notices.NoticeWorker>();
        // Uploads of a province's reports in one ZIP: up to 1 GB per request (buffered to disk by the framework).
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options => options.MultipartBodyLengthLimit = Collector.MaxUploadBytes);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The API answers with ProblemDetails, pages with the styled status page (both in Chinese).
            options.OnRejected = (context, cancel) => ApiProblems.WriteIfApiAsync(context.HttpContext);
            // Posts (applications, look-ups) are limited per client; reading pages is not.
            options.AddPolicy(Portal.RateLimitPolicy, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("Gongkai:Portal:PostsPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return builder.Build();
    }

    /// <summary>SQLite (the default) or PostgreSQL, as configured.</summary>
    public static DbContextOptionsBuilder UseDatabase(DbContextOptionsBuilder options, IConfiguration configuration, string connectionString, PersonalDataKey key) =>
        options.UseGongkai(GongkaiDatabase.Provider(configuration["Database:Provider"]), connectionString, key);

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Creates or migrates the database, the roles, the first admin and, in demo mode, the demo agency.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        await Startup.PrepareDatabaseAsync(app.Services, app.Configuration);

        if (!string.IsNullOrWhiteSpace(app.Configuration["Gongkai:ReverseProxy:KnownProxies"])) app.UseForwardedHeaders();
        app.UseGongkaiSecurityHeaders();
        static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Status/{0}");
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAccountRequirements();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapPublicApi();
        app.MapRequestsApi();
        app.MapGet("/healthz", async (GongkaiDbContext db) =>
            await db.Database.CanConnectAsync() ? Results.Text("ok") : Results.Text("数据库无法连接", statusCode: 503));
    }
}
