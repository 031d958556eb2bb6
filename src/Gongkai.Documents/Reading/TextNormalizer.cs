using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>Makes text from any source comparable: one form for full- and half-width characters, no conversion residue.</summary>
public static partial class TextNormalizer
{
    /// <summary>
    /// NFKC folds full-width digits and brackets and the Kangxi radicals PDF fonts emit (⼀ for 一) into their common forms;
    /// Word bookmark residue and zero-width characters are dropped.
    /// </summary>
    public static string Normalize(string text)
    {
        if (text.Length == 0) return text;
        if (text.Contains("[bookmark", StringComparison.Ordinal)) text = Bookmark().Replace(text, "");
        if (!text.IsNormalized(NormalizationForm.FormKC)) text = text.Normalize(NormalizationForm.FormKC);
        if (text.AsSpan().IndexOfAny(Invisible) >= 0) text = string.Concat(text.Split(Invisible));
        return text;
    }

    /// <summary>The normalized text without any white space, for matching labels and headings.</summary>
    public static string Compact(string text)
    {
        var normalized = Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }

    public static bool TryParseNumber(string cell, out decimal value) =>
        decimal.TryParse(cell.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value) && NumberShape().IsMatch(cell);

    /// <summary>What reports write in a cell that states no number: not 0, but missing.</summary>
    public static bool IsMissingMarker(string cell) => cell is "/" or "\\" or "-" or "—" or "–" or "--" or "——" or "―" or "无" or "空" or "×";

    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD'];

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex NumberShape();
}
