using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Supervision;

/// <summary>
/// The agencies of an office's subtree by name, as collected reports are matched to them: names compared as the reader
/// normalises text (NFKC, no spaces, case folded), by the name in the report's title, else by the name that the file's
/// name holds (agencies name their files "某县财政局2024年政府信息公开工作年度报告.docx").
/// </summary>
public sealed partial class AgencyDirectory
{
    private readonly Dictionary<string, int> _byName = [];
    private readonly HashSet<string> _ambiguous = [];

    public AgencyDirectory(IEnumerable<AgencyNode> agencies)
    {
        foreach (var agency in agencies) Add(agency.Name, agency.Id);
    }

    public void Add(string name, int id)
    {
        if (!_byName.TryAdd(Key(name), id)) _ambiguous.Add(Key(name));
    }

    public abstract record Match;
    public sealed record Found(int AgencyId) : Match;
    public sealed record Ambiguous(string Name) : Match;
    public sealed record Unknown : Match;

    public Match Find(string name)
    {
        var key = Key(name);
        return _ambiguous.Contains(key) ? new Ambiguous(name) : _byName.TryGetValue(key, out var id) ? new Found(id) : new Unknown();
    }

    /// <summary>The agency whose name the file's name holds; the longest such name, where two are nested ("某县" in "某县财政局").</summary>
    public Match FindInFileName(string path)
    {
        var file = Key(FileName(path));
        var longest = _byName.Keys.Where(k => k.Length >= 2 && file.Contains(k, StringComparison.Ordinal)).GroupBy(k => k.Length).MaxBy(g => g.Key);
        if (longest is null) return new Unknown();
        if (longest.Count() > 1 || longest.Any(_ambiguous.Contains)) return new Ambiguous(longest.First());
        return new Found(_byName[longest.Single()]);
    }

    /// <summary>The year a file's name gives ("…2024年…" or "…2024…"), if exactly one.</summary>
    public static int? YearInFileName(string path)
    {
        var years = YearPattern().Matches(FileName(path)).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    /// <summary>The file's own name without folders (of a ZIP too) and extension.</summary>
    private static string FileName(string path)
    {
        var name = path.Replace('\\', '/').Split('/')[^1];
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    public static string Key(string name)
    {
        var normal = name.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(normal.Length);
        foreach (var c in normal)
            if (!char.IsWhiteSpace(c)) key.Append(c);
        return key.ToString().ToLower(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<!\d)20[0-9]{2}(?!\d)")]
    private static partial Regex YearPattern();
}
