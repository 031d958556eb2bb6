using System.Text;

namespace Gongkai.Intake;

/// <summary>
/// The one rule for text that enters a record and may reach a letter: no control characters, no characters that XML
/// (and so a DOCX) cannot hold, no bidirectional overrides that make a text read otherwise than it is stored; a
/// single-line field keeps one line. Applied at intake with the field's name, and again where data is saved.
/// </summary>
public static class PlainText
{
    /// <summary>Why the value cannot be stored, or null: "含有不可显示的控制字符（U+0001）". Line breaks never are a reason.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            // Line breaks and tabs are allowed everywhere: a single-line field folds them into spaces (Clean).
            if (c is '\n' or '\r' or '\t') continue;
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || char.GetUnicodeCategory(c) == UnicodeCategory.Control)
                return $"含有不可显示的控制字符（U+{(int)c:X4}）";
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return $"含有改变文字方向的控制字符（U+{(int)c:X4}）";
        }
        return null;
    }

    /// <summary>The value as stored: trimmed; a single line folds its line breaks and tabs into spaces; line ends as \n.</summary>
    public static string Clean(string? value, bool multiLine = false)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');
        return (multiLine ? text : Inline(text)).Trim();
    }

    /// <summary>A value set into running text (a letter's sentence): its lines become one, so it can never start a paragraph.</summary>
    public static string Inline(string value)
    {
        if (value.AsSpan().IndexOfAny('\n', '\r', '\t') < 0) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var part in value.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            builder.Append(builder.Length == 0 ? "" : " ").Append(part);
        return builder.ToString();
    }

    /// <summary>Refuses a value that breaks the rule, naming the field.</summary>
    public static string Checked(string field, string? value, bool multiLine = false) =>
        Problem(value) is { } problem ? throw new DomainException($"{field}{problem}，请删除后再提交。") : Clean(value, multiLine);
}
