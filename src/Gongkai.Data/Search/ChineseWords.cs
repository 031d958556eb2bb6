using JiebaNet.Segmenter;

namespace Gongkai.Data.Search;

/// <summary>
/// Chinese text as words (jieba, search mode: "公立医院" also gives "公立", "医院"), for the reading room's index and its
/// queries alike, so "药品 采购" and "卫生院财务" find what holds those words.
/// </summary>
public static class ChineseWords
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        return new JiebaSegmenter();
    });

    /// <summary>The distinct words of the text, lower case, without punctuation and spaces.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        lock (Segmenter)
            return Segmenter.Value.CutForSearch(text.Normalize(System.Text.NormalizationForm.FormKC))
                .Select(w => w.Trim().ToLowerInvariant())
                .Where(w => w.Length > 0 && w.Any(char.IsLetterOrDigit))
                .Distinct().ToList();
    }
}
