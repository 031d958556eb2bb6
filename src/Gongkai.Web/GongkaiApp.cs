using Gongkai.Data;
using Gongkai.Data.Postgres;
using Gongkai.Data.Sqlite;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>The web app's services and pipeline, in one place.</summary>
public static class GongkaiApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString("Gongkai") ?? "Data Source=gongkai.db";
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        builder.Services.AddDbContext<GongkaiDbContext>(options => _ = provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            ? options.UseGongkaiPostgres(connectionString)
            : options.UseGongkaiSqlite(connectionString));

        builder.Services.AddIdentity<User, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AgencyClaimsFactory>();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "gongkai";
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.StaffPolicy, p => p.RequireRole(Roles.Officer, Roles.Head))
            .AddPolicy(Roles.HeadPolicy, p => p.RequireRole(Roles.Head))
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin));
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Requests", Roles.StaffPolicy);
            options.Conventions.AuthorizeFolder("/Register", Roles.StaffPolicy);
            options.Conventions.AuthorizeFolder("/Approvals", Roles.HeadPolicy);
            options.Conventions.AuthorizeFolder("/Admin", Roles.AdminPolicy);
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Clock>();
        builder.Services.AddScoped<CalendarService>();
        builder.Services.AddScoped<LetterService>();
        builder.Services.AddScoped<RequestSteps>();
        return builder.Build();
    }

    /// <summary>Creates or migrates the database, the roles, the first admin and, in demo mode, the demo agency.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        await Startup.PrepareDatabaseAsync(app.Services, app.Configuration);

        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGet("/healthz", async (GongkaiDbContext db) =>
            await db.Database.CanConnectAsync() ? Results.Text("ok") : Results.Text("数据库无法连接", statusCode: 503));
    }
}
