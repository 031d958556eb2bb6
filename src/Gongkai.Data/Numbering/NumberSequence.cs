namespace Gongkai.Data.Numbering;

/// <summary>The last number an agency gave in a year to one series (its requests, or one kind of letter).</summary>
public sealed class NumberSequence
{
    public int AgencyId { get; set; }
    public int Year { get; set; }
    /// <summary>"Request", or the letter kind.</summary>
    public string Series { get; set; } = "";
    public int Last { get; set; }
}
