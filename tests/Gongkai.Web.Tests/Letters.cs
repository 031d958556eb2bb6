using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Tests;

/// <summary>A downloaded letter opened with the Open XML SDK, as Word would open it.</summary>
public sealed record OpenedLetter(IReadOnlyList<string> Paragraphs, string TitleFont, int TitleHalfPoints, int TopMarginTwips)
{
    public string Text => string.Join("\n", Paragraphs);

    public static OpenedLetter Open(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var titleRun = body.Elements<Paragraph>().First().Descendants<RunProperties>().First();
        var margin = body.Elements<SectionProperties>().Single().GetFirstChild<PageMargin>()!;
        return new OpenedLetter(paragraphs, titleRun.RunFonts!.EastAsia!.Value!, int.Parse(titleRun.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture), margin.Top!.Value);
    }
}
