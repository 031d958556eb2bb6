namespace Gongkai.Requests;

/// <summary>A step the workflow refuses; the message says why, in Chinese, for the officer.</summary>
public sealed class WorkflowException(string message) : Exception(message);
