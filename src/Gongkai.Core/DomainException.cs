namespace Gongkai;

/// <summary>
/// The one way the domain refuses an action or a value: a step the workflow does not allow, an edit of a locked year, a
/// title left empty. The message says why in Chinese for the user; pages and the API show it as it is.
/// </summary>
public class DomainException(string message) : Exception(message);
