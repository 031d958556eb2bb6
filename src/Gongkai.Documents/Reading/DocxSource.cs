using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Gongkai.Documents.Reading;

/// <summary>
/// A Word document: paragraphs in order, and real tables row by row (merged cells are empty cells or absent).
/// The Open XML SDK opens the package; the main part is then read as a stream of XML, because building the SDK's typed
/// tree of a report (thousands of elements) took ten times as long as reading it (bench/README.md, phase <c>kinds</c>).
/// </summary>
internal static class DocxSource
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string DrawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <param name="progress">Told of each picture read by OCR, where the document's tables are pictures pasted in it.</param>
    public static IReadOnlyList<LayoutRow> Rows(byte[] bytes, Action<string>? progress = null)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var part = document.MainDocumentPart
                ?? throw new UnreadableReportException("文件是ZIP压缩包，但不是Word文档（.docx），无法读取。");
            using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false });
            var pictures = new List<(int At, string Id)>();
            var rows = Read(xml, pictures);
            return Scans.EmbeddedPictures.ReadInPlace(rows, pictures.ConvertAll(p => new Scans.EmbeddedPicture(p.At, () => Picture(part, p.Id))), progress);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or IOException or FormatException
                                       or XmlException or InvalidOperationException)
        {
            throw new UnreadableReportException("DOCX文件已损坏、不完整或不是Word文档，无法读取。", e);
        }
    }

    /// <summary>The bytes of a picture the document embeds, or null where the id names none.</summary>
    private static byte[]? Picture(MainDocumentPart part, string id)
    {
        if (!part.TryGetPartById(id, out var found) || found is not ImagePart image) return null;
        using var stream = image.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// A paragraph outside tables becomes its lines; a row of a top-level table becomes a row of its cells, each cell the
    /// text of all paragraphs in it (nested tables included). Text is what runs show: text, tabs and breaks of runs; not
    /// deleted text, field codes or tab stops, nor the cached entries of a table of contents. A text box's paragraphs
    /// belong to the paragraph that anchors it.
    /// </summary>
    /// <param name="pictures">Pictures the document embeds (DrawingML blips), each with the row it stands before.</param>
    private static List<LayoutRow> Read(XmlReader xml, List<(int At, string Id)> pictures)
    {
        var rows = new List<LayoutRow>();
        var parents = new Stack<string>();
        var paragraph = new StringBuilder();
        var paragraphDepth = 0;
        var tableDepth = 0;
        var inRunText = false;
        // Fields open at this point, each true when it is a table of contents: its cached entries repeat the headings
        // (with page numbers) and would be taken for the sections themselves.
        var fields = new Stack<bool>();
        var inInstruction = false;
        List<string>? row = null;
        var (tables, tableRows) = (0, 0);
        StringBuilder? cell = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "blip" && xml.NamespaceURI == DrawingMain:
                    if (xml.GetAttribute("embed", Relationships) is { Length: > 0 } id) pictures.Add((rows.Count, id));
                    break;
                case XmlNodeType.Element when xml.NamespaceURI == W:
                    var inRun = parents.Count > 0 && parents.Peek() == "r";
                    switch (xml.LocalName)
                    {
                        case "tbl":
                            if (++tableDepth == 1) (tables, tableRows) = (tables + 1, 0);
                            break;
                        case "tr" when tableDepth == 1: row = []; break;
                        case "tc" when tableDepth == 1: cell = new StringBuilder(); break;
                        case "p": paragraphDepth++; break;
                        case "t" when inRun: inRunText = true; break;
                        case "instrText": inInstruction = true; break;
                        case "fldChar" when xml.GetAttribute("fldCharType", W) == "begin": fields.Push(false); break;
                        case "fldChar" when xml.GetAttribute("fldCharType", W) == "end" && fields.Count > 0: fields.Pop(); break;
                        case "tab" when inRun && !InContents(): paragraph.Append('\t'); break;
                        case "br" or "cr" when inRun && !InContents(): paragraph.Append('\n'); break;
                    }
                    if (xml.IsEmptyElement) End(xml.LocalName);
                    else parents.Push(xml.LocalName);
                    break;
                case XmlNodeType.EndElement when xml.NamespaceURI == W:
                    parents.Pop();
                    End(xml.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inInstruction:
                    if (fields.Count > 0 && xml.Value.TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase))
                    {
                        fields.Pop();
                        fields.Push(true);
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inRunText && !InContents():
                    paragraph.Append(xml.Value);
                    break;
            }
        }
        return rows;

        // Inside a table of contents nothing is read: its entries would be taken for the headings they repeat.
        bool InContents() => fields.Contains(true);

        void End(string name)
        {
            switch (name)
            {
                case "t":
                    inRunText = false;
                    break;
                case "instrText":
                    inInstruction = false;
                    break;
                case "p" when --paragraphDepth == 0:
                    var text = TextNormalizer.Normalize(paragraph.ToString());
                    paragraph.Clear();
                    if (cell is not null) cell.Append(text.Replace('\n', ' '));
                    else if (tableDepth == 0) foreach (var line in text.Split('\n')) rows.Add(TextSource.LineRow(line));
                    break;
                case "tc" when tableDepth == 1 && cell is not null:
                    row?.Add(cell.ToString());
                    cell = null;
                    break;
                case "tr" when tableDepth == 1 && row is not null:
                    rows.Add(new LayoutRow(row.ToArray()) { Source = new(Table: tables, Row: ++tableRows) });
                    row = null;
                    break;
                case "tbl":
                    tableDepth--;
                    break;
            }
        }
    }
}
