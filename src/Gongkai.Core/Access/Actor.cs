namespace Gongkai.Access;

/// <summary>Who does something to a request, with the role that allows it.</summary>
public sealed record Actor(string Name, Role Role);
