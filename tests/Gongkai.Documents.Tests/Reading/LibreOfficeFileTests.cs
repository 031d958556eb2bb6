using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Files agencies make with LibreOffice or old Word: a .doc and an RTF saved from a sample's DOCX are read by converting them
/// back (LibreOffice headless), and a PDF LibreOffice exports reads like Chromium's; each gives every cell and finding of the DOCX.
/// </summary>
public class LibreOfficeFileTests
{
    public static IEnumerable<object[]> SavedAs =>
        from sample in Samples.All
        from saved in new object[][] { ["doc", DocumentKind.Doc], ["pdf", DocumentKind.Pdf] }
        select new[] { sample[0], saved[0], saved[1] };

    /// <summary>An old Word file saved from the DOCX is read by converting it back; a PDF LibreOffice exports is read as it is.</summary>
    [Theory]
    [MemberData(nameof(SavedAs))]
    public void A_doc_or_PDF_saved_by_LibreOffice_from_the_DOCX_gives_the_same_tables_and_findings(string sample, string format, DocumentKind kind)
    {
        var docx = ReportDocx.Write(Samples.Read(sample));
        var saved = OfficeConverter.Convert(docx, ".docx", format, "DOCX");

        Assert.Equal(kind, ReportReader.Detect(saved).Kind);
        AssertSameAs(ReportReader.Read(docx), ReportReader.Read(saved));
    }

    [Fact]
    public void An_RTF_saved_from_the_DOCX_gives_the_same_tables()
    {
        var docx = ReportDocx.Write(Samples.Read(Samples.Shanting));
        var rtf = OfficeConverter.Convert(docx, ".docx", "rtf", "DOCX");

        Assert.Equal(DocumentKind.Rtf, ReportReader.Detect(rtf).Kind);
        AssertSameAs(ReportReader.Read(docx), ReportReader.Read(rtf));
    }

    [Fact]
    public void A_damaged_compound_file_is_refused_with_what_to_do()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[5000]];

        var reason = Assert.Throws<UnreadableReportException>(() => ReportReader.Read(ole)).Message;

        Assert.Equal("旧版Word（.doc）或WPS文件无法转换（文件可能已加密或损坏），未读取；请另存为.docx或PDF后再读取。", reason);
    }

    private static void AssertSameAs(Reports.AnnualReport expected, Reports.AnnualReport read)
    {
        Assert.Equal(Samples.Tables(expected), Samples.Tables(read));
        Assert.Equal((expected.Agency, expected.Year), (read.Agency, read.Year));
        Assert.Equal(Auditor.Audit(expected).Select(f => (f.Rule, f.Location)), Auditor.Audit(read).Select(f => (f.Rule, f.Location)));
    }
}
