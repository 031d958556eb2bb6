using Gongkai.Data.Demo;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Infrastructure;

/// <summary>Demo mode: the demo register (<see cref="DemoRegister"/>) and an account for each role. Created only in demo mode.</summary>
public static class DemoData
{
    public const string Password = "Demo-Gongkai-2026";
    public const string AgencyName = DemoRegister.AgencyName;
    public const string OtherAgencyName = DemoRegister.OtherAgencyName;

    public static readonly (string Email, string Name, Role Role)[] Accounts =
    [
        ("officer@demo.gongkai", "李办事", Role.Officer),
        ("head@demo.gongkai", "王科长", Role.Head),
        ("admin@demo.gongkai", "赵管理", Role.Admin),
    ];

    /// <summary>Who decides which review stage of a disclosure in the demo agency (信息发布“三审”).</summary>
    public static readonly (string Email, string Name, Register.ReviewStage Duty)[] Reviewers =
    [
        ("officer@demo.gongkai", "李办事", Register.ReviewStage.Initial),
        ("business@demo.gongkai", "周业务", Register.ReviewStage.Business),
        ("secrecy@demo.gongkai", "吴保密", Register.ReviewStage.Secrecy),
        ("head@demo.gongkai", "王科长", Register.ReviewStage.SignOff),
    ];

    /// <summary>The authenticator key of the demo accounts that must sign in with a second factor (shown in demo mode only).</summary>
    public const string AuthenticatorKey = "GONGKAIDEMOTOTPKEYFORTHEDEMOAAAA";

    public const string OtherOfficerEmail = "officer@edu.demo.gongkai";
    /// <summary>The demo county's open-government office, which supervises the demo agencies.</summary>
    public const string SupervisorEmail = "supervisor@demo.gongkai";

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var users = services.GetRequiredService<UserManager<User>>();
        var store = services.GetRequiredService<IUserStore<User>>();
        var clock = services.GetRequiredService<Clock>();
        if (await users.FindByEmailAsync(Accounts[0].Email) is null)
        {
            var agency = await DemoRegister.EnsureAsync(db, clock.Today, clock.Now);
            var other = db.Agencies.Single(a => a.Name == OtherAgencyName);
            foreach (var (email, name, role) in Accounts)
                await CreateUser(users, store, email, name, role, agency.Id);
            await CreateUser(users, store, OtherOfficerEmail, "陈老师", Role.Officer, other.Id);
        }
        // The reviewers, also for a demo database made before disclosures were reviewed.
        var main = db.Agencies.Single(a => a.Name == AgencyName);
        foreach (var (email, name, duty) in Reviewers)
        {
            var reviewer = await users.FindByEmailAsync(email);
            if (reviewer is null)
            {
                await CreateUser(users, store, email, name, Role.Officer, main.Id);
                reviewer = (await users.FindByEmailAsync(email))!;
            }
            if (reviewer.ReviewDuties.Length == 0)
            {
                reviewer.ReviewDuties = duty.ToString();
                await users.UpdateAsync(reviewer);
            }
        }
        // Also for a demo database made before supervision came.
        var county = await DemoSupervision.EnsureAsync(db, clock);
        if (await users.FindByEmailAsync(SupervisorEmail) is null)
            await CreateUser(users, store, SupervisorEmail, "孙督查", Role.Supervisor, county.Id);
    }

    private static async Task CreateUser(UserManager<User> users, IUserStore<User> store, string email, string name, Role role, int agencyId)
    {
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, AgencyId = agencyId, DisplayName = name };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException("Demo account not created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role.Key());
        if (AccessTable.RequiresTwoFactor([role])) await EnrolAuthenticatorAsync(users, store, user);
    }

    /// <summary>Gives a demo (or test, or bench) account the demo authenticator key and turns its second factor on.</summary>
    public static async Task EnrolAuthenticatorAsync(UserManager<User> users, IUserStore<User> store, User user)
    {
        await ((IUserAuthenticatorKeyStore<User>)store).SetAuthenticatorKeyAsync(user, AuthenticatorKey, CancellationToken.None);
        await users.UpdateAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
    }
}
