using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Writing;

/// <summary>The layout of official documents (GB/T 9704-2012): A4, margins, 小标宋 titles, 仿宋 body, shared by reports and letters.</summary>
internal static class OfficialDocx
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string HeadingFont = "黑体";
    /// <summary>二号 and 三号, in half-points.</summary>
    public const int TitleSize = 44, BodySize = 32, TableSize = 21;
    public const int PageWidth = 11906, PageHeight = 16838;
    public const int TopMargin = 2098, BottomMargin = 1984, LeftMargin = 1588, RightMargin = 1474; // 37, 35, 28, 26 mm

    public static Paragraph Paragraph(string text, string font = BodyFont, int size = BodySize, JustificationValues? justification = null, bool indent = false)
    {
        var properties = new ParagraphProperties();
        if (justification is { } j) properties.Append(new Justification { Val = j });
        if (indent) properties.Append(new Indentation { FirstLineChars = 200 });
        return new Paragraph(properties, Run(text, font, size));
    }

    public static Run Run(string text, string font, int size) => new(
        new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }),
        new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>
    /// A letter must never fail on what an applicant typed: intake refuses control characters, and whatever still
    /// cannot stand in XML (a record stored before that rule) is dropped here rather than breaking the document.
    /// </summary>
    public static string XmlSafe(string text)
    {
        var i = 0;
        while (i < text.Length && System.Xml.XmlConvert.IsXmlChar(text[i])) i++;
        if (i == text.Length) return text;
        var builder = new System.Text.StringBuilder(text.Length);
        for (var j = 0; j < text.Length; j++)
        {
            if (System.Xml.XmlConvert.IsXmlChar(text[j])) builder.Append(text[j]);
            else if (j + 1 < text.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(text[j + 1], text[j])) builder.Append(text, j++, 2);
        }
        return builder.ToString();
    }

    public static SectionProperties A4() => new(
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = TopMargin, Bottom = BottomMargin, Left = LeftMargin, Right = RightMargin, Header = 851, Footer = 992 });

    public static int TextWidth => PageWidth - LeftMargin - RightMargin;
}
