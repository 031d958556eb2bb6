using System.CommandLine;
using Gongkai.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var root = new RootCommand("公开 Gongkai：政府信息公开工作年度报告的读取、核查与生成")
{
    AuditCommand.Create(),
    DeadlineCommand.Create(),
    ReportCommand.Create(),
};
return root.Parse(args).Invoke();
