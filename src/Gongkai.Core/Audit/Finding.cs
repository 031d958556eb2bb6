
namespace Gongkai.Audit;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>What an audit rule found: where, what it expected, what it found, and a message an officer understands.</summary>
public sealed record Finding(string Rule, Severity Severity, Location Location, string? Expected, string? Found, string Message)
{
    /// <summary>Where the location stands in the file read, where the reader knew it.</summary>
    public SourcePlace? Source { get; init; }
}
