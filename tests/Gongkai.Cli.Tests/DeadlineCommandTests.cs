using Gongkai.Cli;

namespace Gongkai.Cli.Tests;

public class DeadlineCommandTests
{
    private static (int Exit, string Output, string Error) Run(string date, bool extended = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (DeadlineCommand.Run(date, extended, explain: false, output, error), output.ToString().Trim(), error.ToString());
    }

    [Fact]
    public void Prints_the_due_date_after_Spring_Festival() => Assert.Equal((0, "2024-03-06", ""), Run("2024-02-02"));

    [Fact]
    public void Extended_adds_twenty_working_days() => Assert.Equal("2024-04-29", Run("2024-03-04", extended: true).Output);

    [Fact]
    public void A_date_past_the_loaded_calendar_is_flagged()
    {
        var (exit, output, error) = Run("2026-12-20");
        Assert.Equal((0, "2027-01-15"), (exit, output));
        Assert.Contains("2027年的节假日安排尚未载入", error);
    }

    [Fact]
    public void An_invalid_date_is_refused_in_chinese()
    {
        var (exit, _, error) = Run("2024-02-30");
        Assert.Equal(2, exit);
        Assert.Contains("无效", error);
    }
}
