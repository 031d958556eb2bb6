using Gongkai.Agencies;

namespace Gongkai.Supervision;

/// <summary>An agency as the hierarchy knows it: its supervising agency, its name and level.</summary>
public sealed record AgencyNode(int Id, int? ParentId, string Name, AgencyLevel Level = AgencyLevel.Department);

/// <summary>
/// The hierarchy of supervision: a supervising office sees its own agency and every agency below it, to any depth.
/// Built from all agencies at once (a province has thousands, not millions), so no recursive query is needed on either database.
/// </summary>
public sealed class AgencyTree
{
    private readonly Dictionary<int, AgencyNode> _nodes;
    private readonly ILookup<int, AgencyNode> _children;

    public AgencyTree(IEnumerable<AgencyNode> agencies)
    {
        _nodes = agencies.ToDictionary(a => a.Id);
        _children = _nodes.Values.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value);
    }

    public AgencyNode? Find(int id) => _nodes.GetValueOrDefault(id);

    /// <summary>The agency and all below it, each parent before its children, siblings by name.</summary>
    public IReadOnlyList<AgencyNode> Subtree(int rootId)
    {
        var result = new List<AgencyNode>();
        if (!_nodes.TryGetValue(rootId, out var root)) return result;
        var seen = new HashSet<int>();
        var stack = new Stack<AgencyNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            // A cycle made by hand in the database must not hang the dashboard.
            if (!seen.Add(node.Id)) continue;
            result.Add(node);
            foreach (var child in _children[node.Id].OrderByDescending(c => c.Name, StringComparer.Ordinal))
                stack.Push(child);
        }
        return result;
    }

    public bool HasChildren(int id) => _children.Contains(id);

    /// <summary>The agencies directly below one, by name.</summary>
    public IReadOnlyList<AgencyNode> Children(int id) => _children[id].OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public bool Contains(int rootId, int id)
    {
        var seen = new HashSet<int>();
        for (var node = Find(id); node is not null && seen.Add(node.Id); node = node.ParentId is { } p ? Find(p) : null)
            if (node.Id == rootId) return true;
        return false;
    }

    /// <summary>How many levels below the root an agency stands (0 for the root), for indenting lists.</summary>
    public int Depth(int rootId, int id)
    {
        var depth = 0;
        for (var node = Find(id); node is not null && node.Id != rootId && depth < 64; node = node.ParentId is { } p ? Find(p) : null)
            depth++;
        return depth;
    }
}
