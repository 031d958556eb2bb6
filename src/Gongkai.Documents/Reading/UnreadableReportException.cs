namespace Gongkai.Documents.Reading;

/// <summary>A file that cannot be read as a report; the message is the reason in Chinese, for the user.</summary>
public sealed class UnreadableReportException(string message, Exception? inner = null) : Exception(message, inner);
