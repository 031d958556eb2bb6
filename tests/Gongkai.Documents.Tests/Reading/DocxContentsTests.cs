using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>A Word report with a table of contents (a TOC field with cached entries and PAGEREF page numbers) reads as without it.</summary>
public class DocxContentsTests
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void A_table_of_contents_field_hides_no_table_and_takes_no_heading(string sample)
    {
        var published = Samples.Read(sample);
        var docx = WithContents(ReportDocx.Write(published));

        var read = ReportReader.Read(docx);

        Assert.Equal(Samples.Tables(published), Samples.Tables(read));
        Assert.Equal(Auditor.Audit(published).Select(f => $"{f.Rule} {f.Location}"), Auditor.Audit(read).Select(f => $"{f.Rule} {f.Location}"));
        Assert.DoesNotContain("PAGEREF", string.Concat(read.SectionText.Values));
    }

    [Fact]
    public void Contents_typed_as_text_with_dot_leaders_are_not_the_sections()
    {
        var published = Samples.Read(Samples.Pingluo);
        var text = Samples.Text(Samples.Pingluo);
        var contents = string.Join('\n', ReportSections.All.Select((s, i) => $"{s.Title()}……………………{i + 1}"));
        var start = text.IndexOf("根据《中华人民共和国政府信息公开条例》", StringComparison.Ordinal);

        var read = ReportReader.Read(System.Text.Encoding.UTF8.GetBytes(text[..start] + "目录\n" + contents + "\n" + text[start..]));

        Assert.Equal(Samples.Tables(published), Samples.Tables(read));
    }

    /// <summary>The document with Word's table of contents before its first paragraph: one entry per section heading.</summary>
    private static byte[] WithContents(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var first = body.Elements<Paragraph>().First();
            static Run Field(FieldCharValues type) => new(new FieldChar { FieldCharType = type });
            static Run Instruction(string text) => new(new FieldCode(text) { Space = SpaceProcessingModeValues.Preserve });
            var entries = new List<Paragraph>
            {
                new(new Run(new Text("目　录"))),
                new(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }),
                    Field(FieldCharValues.Begin), Instruction(@" TOC \o ""1-3"" \h \z \u "), Field(FieldCharValues.Separate)),
            };
            var page = 1;
            foreach (var section in ReportSections.All)
                entries.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }),
                    new Hyperlink(new Run(new Text(section.Title())), new Run(new TabChar()),
                        Field(FieldCharValues.Begin), Instruction($" PAGEREF _Toc{section} \\h "), Field(FieldCharValues.Separate),
                        new Run(new Text((page++).ToString(System.Globalization.CultureInfo.InvariantCulture))), Field(FieldCharValues.End))
                    { Anchor = $"_Toc{section}", History = true }));
            entries.Add(new Paragraph(Field(FieldCharValues.End)));
            foreach (var entry in entries) body.InsertBefore(entry, first);
            // And the headings carry the bookmarks the entries point to, as Word leaves them.
            foreach (var heading in body.Descendants<Paragraph>().Where(p => ReportSections.All.Any(s => p.InnerText == s.Title())).ToList())
            {
                var section = ReportSections.All.First(s => heading.InnerText == s.Title());
                heading.InsertAt(new BookmarkStart { Id = ((int)section).ToString(System.Globalization.CultureInfo.InvariantCulture), Name = $"_Toc{section}" }, heading.ParagraphProperties is null ? 0 : 1);
                heading.AppendChild(new BookmarkEnd { Id = ((int)section).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }
        return stream.ToArray();
    }
}
