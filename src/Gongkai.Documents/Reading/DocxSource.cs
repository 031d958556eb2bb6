using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Reading;

/// <summary>A Word document: paragraphs in order, and real tables row by row (merged cells are empty cells or absent).</summary>
public static class DocxSource
{
    public static IReadOnlyList<LayoutRow> Rows(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableReportException("文件是ZIP压缩包，但不是Word文档（.docx），无法读取。");
            var rows = new List<LayoutRow>();
            Collect(body, rows);
            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException
                                       or System.Xml.XmlException or InvalidOperationException)
        {
            throw new UnreadableReportException("DOCX文件已损坏、不完整或不是Word文档，无法读取。", e);
        }
    }

    private static void Collect(OpenXmlElement container, List<LayoutRow> rows)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    foreach (var line in Text(paragraph).Split('\n'))
                        rows.Add(TextSource.LineRow(line));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                        rows.Add(new LayoutRow(row.Elements<TableCell>().Select(CellText).ToArray()));
                    break;
                default:
                    Collect(element, rows); // content controls, custom XML and the like wrap paragraphs and tables
                    break;
            }
        }
    }

    private static string CellText(TableCell cell) =>
        string.Concat(cell.Descendants<Paragraph>().Select(p => Text(p).Replace('\n', ' ')));

    /// <summary>The visible text of a paragraph: text runs, tabs and breaks; not field codes or deleted text.</summary>
    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var e in paragraph.Descendants())
        {
            switch (e)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append('\n'); break;
            }
        }
        return TextNormalizer.Normalize(text.ToString());
    }
}
