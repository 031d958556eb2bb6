using Gongkai.Agencies;
using Gongkai.Data.PersonalData;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Infrastructure;

/// <summary>What the first start does: migrate, create roles, create the admin from configuration, and the demo agency in demo mode.</summary>
public static class Startup
{
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IConfiguration configuration)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.Database.MigrateGongkaiAsync();
        await Gongkai.Data.Search.DisclosureIndexer.IndexMissingAsync(db);
        await db.EncryptStoredAsync();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Enum.GetValues<Role>().Select(r => r.Key()))
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var email = configuration["Gongkai:Admin:Email"];
        var password = configuration["Gongkai:Admin:Password"];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(password))
            await EnsureAdminAsync(scope.ServiceProvider, email, password, configuration["Gongkai:Admin:Agency"] ?? "本机关");

        if (configuration.GetValue<bool>("Gongkai:Demo"))
            await DemoData.EnsureAsync(scope.ServiceProvider);
    }

    public static async Task<User> EnsureAdminAsync(IServiceProvider services, string email, string password, string agencyName)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var users = services.GetRequiredService<UserManager<User>>();
        if (await users.FindByEmailAsync(email) is { } existing) return existing;
        var agency = await db.Agencies.FirstOrDefaultAsync(a => !a.IsDemo) ?? db.Agencies.Add(new Agency(agencyName)).Entity;
        await db.SaveChangesAsync();
        var admin = new User { UserName = email, Email = email, EmailConfirmed = true, AgencyId = agency.Id, DisplayName = "管理员" };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded) throw new InvalidOperationException("Admin account not created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(admin, Role.Admin.Key());
        return admin;
    }
}
