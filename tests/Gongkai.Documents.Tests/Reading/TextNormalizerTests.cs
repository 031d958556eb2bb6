using System.Text;
using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The normaliser is NFKC (without asking ICU where full-width ASCII is all there is to fold) less invisible marks.</summary>
public class TextNormalizerTests
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void A_report_comes_out_as_NFKC_makes_it(string sample)
    {
        var text = Samples.Text(sample) + "（１２）：　⼀…①㎡ﬁ";

        Assert.Equal(text.Normalize(NormalizationForm.FormKC), TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Random_text_of_the_whole_basic_plane_comes_out_as_NFKC_makes_it()
    {
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, 6).Select(_ => (char)random.Next(0x20, 0xD7FF)).ToArray());
            var expected = string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => c is not ('\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F'
                or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\u180E' or '\uFEFF' or '\u00AD')));
            Assert.Equal(expected, TextNormalizer.Normalize(text));
        }
    }

    [Fact]
    public void Noncharacters_and_lone_surrogates_become_the_replacement_mark_instead_of_failing()
    {
        Assert.Equal("a\uFFFDb(1)...", TextNormalizer.Normalize("a\uFFFEb（１）…"));
        Assert.Equal("\uFFFDxA", TextNormalizer.Normalize("\uD800x\uD835\uDC00")); // 𝐀 (a surrogate pair) is A under NFKC
    }
}
