using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Writing;

/// <summary>A letter laid out per GB/T 9704: title, 文号, addressee, body paragraphs, 落款 with the seal text, date, contact.</summary>
public static class LetterDocx
{
    /// <param name="body">The rendered template: its first line is the addressee ("张三："), the rest are paragraphs.</param>
    public static byte[] Write(string title, string number, string body, string agency, DateOnly date, string contact)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var content = new Body();
            content.Append(OfficialDocx.Paragraph(title, OfficialDocx.TitleFont, OfficialDocx.TitleSize, JustificationValues.Center));
            content.Append(OfficialDocx.Paragraph(number, justification: JustificationValues.Center));
            var lines = body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < lines.Length; i++)
                content.Append(OfficialDocx.Paragraph(lines[i], indent: i > 0));
            content.Append(OfficialDocx.Paragraph(""));
            content.Append(OfficialDocx.Paragraph($"{agency}（印章）", justification: JustificationValues.Right));
            content.Append(OfficialDocx.Paragraph(ChineseDate(date), justification: JustificationValues.Right));
            if (contact.Length > 0) content.Append(OfficialDocx.Paragraph($"（联系方式：{contact}）", justification: JustificationValues.Left));
            content.Append(OfficialDocx.A4());
            main.Document = new Document(content);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static string ChineseDate(DateOnly date) => Calendar.ChinaTime.Written(date);
}
