using System.Net;
using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Register;
using Gongkai.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Access;

/// <summary>
/// The whole matrix of the access table, walked through the running app: every role × its own agency, one below it and
/// an unrelated one × every permission. Each cell tries the action for real and compares what happened with the table.
/// </summary>
public sealed class AccessMatrixTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private sealed record Target(int AgencyId, long RequestId, string FullId, int DocumentId, string VictimId);

    [Fact]
    public async Task Every_role_may_do_in_each_agency_exactly_what_the_access_table_says()
    {
        var county = factory.Scoped(db => db.Agencies.Single(a => a.Name == DemoSupervision.CountyName).Id);
        var below = await AgencyAsync("矩阵测试局（演示）", county, 1);
        var other = await AgencyAsync("外县矩阵测试局", null, 2);
        var targets = new Dictionary<AgencyRelation, Target>
        {
            [AgencyRelation.Own] = await TargetAsync(county, 3),
            [AgencyRelation.Below] = await TargetAsync(below, 1),
            [AgencyRelation.Other] = await TargetAsync(other, 2),
        };
        var accounts = new Dictionary<Role, string>
        {
            [Role.Officer] = await UserAsync(county, Role.Officer, "matrix-officer@demo.gongkai"),
            [Role.Head] = await UserAsync(county, Role.Head, "matrix-head@demo.gongkai"),
            [Role.Admin] = await UserAsync(county, Role.Admin, "matrix-admin@demo.gongkai"),
            [Role.Supervisor] = DemoData.SupervisorEmail,
        };

        var mismatches = new List<string>();
        var cells = 0;
        foreach (var (role, email) in accounts)
        {
            var page = await WebPage.SignInAsync(factory, email);
            foreach (var permission in Enum.GetValues<Permission>())
                foreach (var (relation, target) in targets)
                {
                    cells++;
                    var expected = AccessTable.Allows(role, permission, relation);
                    var actual = await ProbeAsync(page, permission, relation, target, county);
                    if (actual is null)
                    {
                        // No address names another agency for this action: the table must keep it to the own agency.
                        if (expected) mismatches.Add($"{role} {permission} {relation}: the table allows what no page offers");
                    }
                    else if (actual != expected) mismatches.Add($"{role} {permission} {relation}: table {expected}, app {actual}");
                }
        }

        Assert.Equal(4 * Enum.GetValues<Permission>().Length * 3, cells);
        Assert.Empty(mismatches);
    }

    /// <summary>Tries the action; true if it was done, false if refused, null where no address can name that agency.</summary>
    private async Task<bool?> ProbeAsync(WebPage page, Permission permission, AgencyRelation relation, Target target, int own)
    {
        var own_ = relation == AgencyRelation.Own;
        switch (permission)
        {
            case Permission.HandleRequests:
                return await OkAsync(page, $"/Requests/Details/{target.RequestId}");
            case Permission.ViewPersonalData:
                {
                    var response = await page.Client.GetAsync($"/Requests/Details/{target.RequestId}");
                    return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(target.FullId, StringComparison.Ordinal);
                }
            case Permission.KeepRegister:
                {
                    if (own_ && !await OkAsync(page, "/Register/Documents")) return false;
                    await page.PostWithTokenAsync($"/Register/Documents?handler=Repeal&id={target.DocumentId}", new() { ["repealedOn"] = "2026-11-20" }, await TokenAsync(page));
                    return factory.Scoped(db => db.NormativeDocuments.Single(d => d.Id == target.DocumentId).RepealedOn is not null);
                }
            case Permission.DraftReport:
                return own_ ? await OkAsync(page, "/Reports/Edit/2025") : null;
            case Permission.Approve:
                return own_ ? await OkAsync(page, "/Approvals") : null;
            case Permission.PublishReport:
                {
                    if (!own_) return null;
                    var response = await page.PostWithTokenAsync("/Reports/Edit/2025?handler=Unlock", new() { ["Reason"] = "矩阵测试" }, await TokenAsync(page));
                    return response.StatusCode == HttpStatusCode.OK;
                }
            case Permission.ManageAccounts:
                {
                    await page.PostWithTokenAsync($"/Admin/Users?handler=Disable&id={target.VictimId}", [], await TokenAsync(page));
                    var email = $"matrix-admin-{target.AgencyId}@demo.gongkai";
                    await page.PostWithTokenAsync($"/Supervision/Account/{target.AgencyId}", new()
                    {
                        ["Account.Email"] = email,
                        ["Account.DisplayName"] = "矩阵管理",
                        ["Account.Password"] = "Matrix-Admin-2026x",
                    }, await TokenAsync(page));
                    return await factory.ScopedAsync(async db =>
                    {
                        var victim = await db.Users.SingleAsync(u => u.Id == target.VictimId);
                        var done = victim.LockoutEnd is not null || await db.Users.AnyAsync(u => u.Email == email);
                        victim.LockoutEnd = null; // enabled again for the next role's try
                        await db.SaveChangesAsync();
                        return done;
                    });
                }
            case Permission.ConfigureAgency:
                return own_ ? await OkAsync(page, "/Admin/Agency") : null;
            case Permission.Supervise:
                return await OkAsync(page, $"/Supervision/Agency/{target.AgencyId}");
            case Permission.ReadAuditLog:
                return await OkAsync(page, $"/Supervision/Audit?agency={target.AgencyId}") || own_ && await OkAsync(page, "/Admin/Audit");
        }
        throw new InvalidOperationException(permission.ToString());
    }

    private static async Task<bool> OkAsync(WebPage page, string url) => (await page.Client.GetAsync(url)).StatusCode == HttpStatusCode.OK;

    /// <summary>A valid form token of the account's session (any page's serves): the refusal must come from the access table.</summary>
    private static async Task<string> TokenAsync(WebPage page) =>
        ((AngleSharp.Html.Dom.IHtmlInputElement)(await page.GetAsync("/Account/Password")).QuerySelector("input[name=__RequestVerificationToken]")!).Value;

    private Task<int> AgencyAsync(string name, int? parent, int n) => factory.ScopedAsync(async db =>
    {
        var agency = db.Agencies.Add(new Agency(name, isDemo: true, parentId: parent) { NumberPrefix = $"矩{n}" }).Entity;
        await db.SaveChangesAsync();
        return agency.Id;
    });

    private async Task<Target> TargetAsync(int agencyId, int n)
    {
        var fullId = $"11010119900101{n:D4}";
        var (requestId, documentId) = await factory.ScopedAsync(async db =>
        {
            var request = db.Requests.Add(new InformationRequest(agencyId, $"矩{n}〔2026〕900号", TrackingCodes.New(),
                new Applicant(ApplicantType.NaturalPerson, $"矩阵{n}", fullId, "13800000000", "某路1号"), RequestChannel.Post,
                new DateOnly(2026, 11, 2), "某项信息", "电子邮件", new Actor("测试", Role.Officer), GongkaiFactory.Now)).Entity;
            var document = db.NormativeDocuments.Add(new NormativeDocument(agencyId, NormativeKind.NormativeDocument, "矩阵文件", $"矩{n}规〔2026〕1号", new DateOnly(2026, 3, 1))).Entity;
            await db.SaveChangesAsync();
            return (request.Id, document.Id);
        });
        return new Target(agencyId, requestId, fullId, documentId, await UserAsync(agencyId, Role.Officer, $"victim-{agencyId}@demo.gongkai", returnId: true));
    }

    private async Task<string> UserAsync(int agencyId, Role role, string email, bool returnId = false)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, AgencyId = agencyId, DisplayName = "矩阵" };
        var result = await users.CreateAsync(user, DemoData.Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role.Key());
        if (AccessTable.RequiresTwoFactor([role])) await DemoData.EnrolAuthenticatorAsync(users, scope.ServiceProvider.GetRequiredService<IUserStore<User>>(), user);
        return returnId ? user.Id : email;
    }
}
