using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>Page objects: what an officer does on each page, in the words of the page.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task<WorklistPage> SignInAsync(string email, string password = "Demo-Gongkai-2026")
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // The first sign-in of a run also warms the app (its demo data, the word index), which can take a while on a small machine.
        await page.WaitForURLAsync("**/Requests", new() { Timeout = 90_000 });
        return new WorklistPage(page);
    }
}

public sealed class WorklistPage(IPage page)
{
    public async Task<WorklistPage> OpenAsync()
    {
        await page.GotoAsync("/Requests");
        return this;
    }

    public Task<string> TextAsync() => page.Locator("main").InnerTextAsync();

    public async Task<NewRequestPage> RegisterNewAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "登记新申请" }).ClickAsync();
        return new NewRequestPage(page);
    }
}

public sealed class NewRequestPage(IPage page)
{
    public async Task<RequestPage> RegisterAsync(string name, string idNumber, string phone, string description)
    {
        await page.GetByLabel("姓名或名称").FillAsync(name);
        await page.GetByLabel("身份证件号码或统一社会信用代码").FillAsync(idNumber);
        await page.GetByLabel("联系电话").FillAsync(phone);
        await page.GetByLabel("通信地址").FillAsync("示例县测试路1号");
        await page.GetByLabel("提交方式").SelectOptionAsync(new SelectOptionValue { Label = "当面" });
        await page.GetByLabel("所需政府信息的名称、文号或特征描述").FillAsync(description);
        await page.GetByLabel("获取信息的方式").FillAsync("电子邮件");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.WaitForURLAsync("**/Requests/Details/*");
        return new RequestPage(page);
    }
}

public sealed class RequestPage(IPage page)
{
    public string Url => page.Url;

    public Task<string> StateAsync() => page.Locator("#state").InnerTextAsync();

    public Task<string> NumberAsync() => page.Locator("h1").InnerTextAsync().ContinueWith(t => t.Result.Replace("申请 ", "", StringComparison.Ordinal));

    private ILocator Step(string legend) => page.Locator("fieldset", new() { Has = page.Locator("legend", new() { HasText = legend }) });

    public async Task RequestCorrectionAsync(string items)
    {
        var form = Step("要求补正");
        await form.GetByLabel("需要补正的事项").FillAsync(items);
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>The head reads the drafted reply and signs it off.</summary>
    public async Task SignOffAsync()
    {
        await page.Locator("#reply-draft").WaitForAsync();
        await Step("签发答复书").GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    public async Task ReceiveCorrectionAsync()
    {
        await Step("收到补正材料").GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    public async Task DecideAsync(string outcomeLabel, string reason)
    {
        var form = Step("作出决定");
        await form.GetByLabel("办理结果").SelectOptionAsync(new SelectOptionValue { Label = outcomeLabel });
        await form.GetByLabel("具体理由").FillAsync(reason);
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}
