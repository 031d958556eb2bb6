using Gongkai.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
// The command speaks Chinese to its users, System.CommandLine's own messages (missing arguments, help) included.
System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.CurrentUICulture =
    System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
var root = new RootCommand("公开 Gongkai：政府信息公开工作年度报告的读取、核查与生成")
{
    AuditCommand.Create(),
    DeadlineCommand.Create(),
    ReportCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Usage errors exit 2 like unreadable input, so that 1 keeps meaning "a report has error findings".
    foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("用法见 gongkai --help。");
    return 2;
}
return parsed.Invoke();
