using System.Buffers;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>Makes text from any source comparable: one form for full- and half-width characters, no conversion residue.</summary>
internal static partial class TextNormalizer
{
    /// <summary>
    /// NFKC folds full-width digits and brackets and the Kangxi radicals PDF fonts emit (⼀ for 一) into their common forms;
    /// Word bookmark residue and zero-width characters are dropped. Sources call this once on their text, so the parser
    /// can compare plain strings.
    /// </summary>
    public static string Normalize(string text)
    {
        if (text.Length == 0) return text;
        if (text.Contains("[bookmark", StringComparison.Ordinal)) text = Bookmark().Replace(text, "");
        text = FoldCompatibility(text);
        if (text.AsSpan().IndexOfAny(Invisible) >= 0) text = string.Concat(text.Split(Invisible));
        return text;
    }

    /// <summary>
    /// NFKC, without asking ICU where it would change nothing or only full-width ASCII and the ideographic space (most
    /// reports: "（一）", "：") — those map one to one, so the result is NFKC's.
    /// </summary>
    private static string FoldCompatibility(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAny(Changed);
        if (first < 0) return text;
        if (span[first..].ContainsAny(NeedsIcu))
        {
            try
            {
                return text.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                // ICU refuses noncharacters (U+FFFE, which valid UTF-8 can hold) and lone surrogates (a PDF's broken
                // ToUnicode map): they become the replacement mark, as a decoder would make them.
                var chars = text.ToCharArray();
                for (var i = 0; i < chars.Length; i++)
                    if (NotCharacter(chars[i]) || (char.IsHighSurrogate(chars[i]) && !(i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])))
                        || (char.IsLowSurrogate(chars[i]) && !(i > 0 && char.IsHighSurrogate(chars[i - 1]))))
                        chars[i] = '\uFFFD';
                return new string(chars).Normalize(NormalizationForm.FormKC);
            }
        }
        return string.Create(text.Length, text, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                buffer[i] = c == '\u3000' ? ' ' : c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    /// <summary>Characters NFKC changes or may compose with a neighbour: those alone with a different NFKC form, marks, jamo, surrogates.</summary>
    private static readonly string CompatibilityChars = FindCompatibilityChars();

    private static readonly SearchValues<char> Changed = SearchValues.Create(CompatibilityChars);

    /// <summary>Of those, the ones that do not simply map to an ASCII character or a space.</summary>
    private static readonly SearchValues<char> NeedsIcu =
        SearchValues.Create(CompatibilityChars.Where(c => c != '\u3000' && c is not (>= '\uFF01' and <= '\uFF5E')).ToArray());

    private static bool NotCharacter(char c) => c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';

    private static string FindCompatibilityChars()
    {
        var chars = new StringBuilder();
        for (var c = '\u0080'; c < char.MaxValue; c++)
            if (char.IsSurrogate(c) || c is >= '\u1100' and <= '\u11FF' || NotCharacter(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || !c.ToString().IsNormalized(NormalizationForm.FormKC))
                chars.Append(c);
        return chars.ToString();
    }

    /// <summary>The text without any white space, for matching labels and headings ("总 计" is "总计").</summary>
    public static string Compact(string text)
    {
        var span = text.AsSpan();
        if (!ContainsWhiteSpace(span)) return text;
        var next = span.IndexOfAny(WhiteSpace);
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        while (next >= 0)
        {
            span[..next].CopyTo(buffer[length..]);
            length += next;
            span = span[(next + 1)..];
            next = span.IndexOfAny(WhiteSpace);
        }
        span.CopyTo(buffer[length..]);
        return new string(buffer[..(length + span.Length)]);
    }

    /// <summary>Whether the text holds white space of any kind (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    public static bool ContainsWhiteSpace(ReadOnlySpan<char> text) =>
        // Most cells are digits or ASCII words: printable ASCII holds no white space, and the test is a vectorised scan.
        text.ContainsAnyExceptInRange('!', '~') && text.ContainsAny(WhiteSpace);

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>A number as reports write one: digits, an optional sign, thousands separators and decimals ("1,234.5").</summary>
    public static bool TryParseNumber(string cell, out decimal value)
    {
        value = 0;
        var s = cell.AsSpan();
        var negative = s.Length > 0 && s[0] == '-';
        if (s.Length > 0 && s[0] is '-' or '+') s = s[1..];
        if (s.Length is > 0 and <= 18 && !s.ContainsAnyExceptInRange('0', '9'))
        {
            long n = 0;
            foreach (var c in s) n = n * 10 + (c - '0');
            value = negative ? -n : n;
            return true;
        }
        // Every number starts with a digit: a label is turned away before the pattern runs (every cell is asked).
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !NumberShape().IsMatch(s)) return false;
        if (!decimal.TryParse(s.ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        if (negative) value = -value;
        return true;
    }

    /// <summary>Digits too many for any count (beyond decimal's 28): the cell states no number that can be read.</summary>
    public static bool IsOverlongNumber(string cell) => cell.Length > 28 && NumberShape().IsMatch(cell.TrimStart('-', '+'));

    /// <summary>What reports write in a cell that states no number: not 0, but missing.</summary>
    public static bool IsMissingMarker(string cell) => cell is "/" or "\\" or "-" or "—" or "–" or "--" or "——" or "―" or "无" or "空" or "×";

    /// <summary>Zero-width spaces and joiners, the word joiner, BOMs inside text, soft hyphens and direction marks.</summary>
    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u180E', '\uFEFF', '\u00AD'];

    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,10})?$")]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();
}
