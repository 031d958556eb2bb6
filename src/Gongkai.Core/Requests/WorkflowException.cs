namespace Gongkai.Requests;

/// <summary>A step the workflow refuses; the message says why, in Chinese, for the officer.</summary>
public class WorkflowException(string message) : Exception(message);
