using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>What Word shows is what the reader reads, from the XML of the document.</summary>
public sealed class DocxTextTests
{
    [Fact]
    public void Tabs_and_breaks_are_read_while_tab_stops_tracked_deletions_and_field_codes_are_not_text()
    {
        var bytes = Docx(
            new Paragraph(
                new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Left, Position = 2000 })),
                new Run(new Text("本年新收")), new Run(new TabChar()), new Run(new Text("5")),
                new DeletedRun(new Run(new DeletedText("删去的字"))),
                new Run(new FieldCode(" PAGE ")),
                new Run(new Break()), new Run(new Text("第二行 ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), new Run(new Text("接续"))),
            new Table(new TableRow(
                new TableCell(new Paragraph(new Run(new Text("总计"))), new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("内表"))))))),
                new TableCell(new Paragraph(new Run(new Text("7"))), new Paragraph(new Run(new Text("8")))))),
            new Paragraph(new Run(new Text("表后"))));
        var rows = DocxSource.Rows(bytes);

        Assert.Equal([["本年新收", "5"], ["第二行 接续"], ["总计内表", "78"], ["表后"]], rows.Select(r => r.Cells.ToArray()));
    }

    private static byte[] Docx(params DocumentFormat.OpenXml.OpenXmlElement[] content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            document.AddMainDocumentPart().Document = new Document(new Body(content));
        return stream.ToArray();
    }
}
