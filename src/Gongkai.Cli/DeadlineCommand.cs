using System.Globalization;
using Gongkai.Calendar;

namespace Gongkai.Cli;

/// <summary><c>gongkai deadline RECEIVED-DATE [--extended]</c>: the statutory due date from the shipped calendar.</summary>
public static class DeadlineCommand
{
    public static Command Create()
    {
        var received = new Argument<string>("RECEIVED-DATE") { Description = "收到申请的日期（yyyy-MM-dd）" };
        var extended = new Option<bool>("--extended") { Description = "经批准延期（再加20个工作日）" };
        var explain = new Option<bool>("--explain") { Description = "说明期限的计算过程" };
        var command = new Command("deadline", "计算依申请公开的法定答复期限") { received, extended, explain };
        command.SetAction(parse => Run(parse.GetValue(received)!, parse.GetValue(extended), parse.GetValue(explain), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string receivedText, bool extended, bool explain, TextWriter output, TextWriter error)
    {
        if (!DateOnly.TryParseExact(receivedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var received))
        {
            error.WriteLine($"收到申请的日期“{receivedText}”无效，应为 yyyy-MM-dd 格式，例如 2024-03-04。");
            return 2;
        }
        var days = Deadline.ReplyWorkingDays + (extended ? Deadline.ExtensionWorkingDays : 0);
        var deadline = Deadline.Compute(received, days, WorkingDayCalendar.Shipped);
        output.WriteLine(deadline.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (explain || deadline.YearsAssumed.Count > 0) error.WriteLine(deadline.Explain());
        return 0;
    }
}
