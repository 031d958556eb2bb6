using System.Diagnostics;
using Gongkai.Audit;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>PDF pages turned with /Rotate (landscape table pages, scanned-then-turned files) read as upright ones: qpdf turns them.</summary>
[Collection(ChromiumCollection.Name)]
public class RotatedPdfTests(Chromium chromium)
{
    [Theory]
    [InlineData(Samples.Pingluo, "+90")]
    [InlineData(Samples.Shanting, "+180")]
    [InlineData(Samples.Tongjiang, "+270")]
    [InlineData(Samples.Shanting, "+90:2")]
    public async Task Pages_rotated_by_qpdf_give_the_same_tables_and_findings(string sample, string rotation)
    {
        var published = Samples.Read(sample);
        var upright = await chromium.PrintToPdf(ReportHtml.Write(published), pageNumbers: true);

        var rotated = Qpdf(upright, $"--rotate={rotation}");

        var read = ReportReader.Read(rotated);
        Assert.Equal(Samples.Tables(ReportReader.Read(upright)), Samples.Tables(read));
        Assert.Equal(Auditor.Audit(ReportReader.Read(upright)).Select(f => f.Rule), Auditor.Audit(read).Select(f => f.Rule));
    }

    private static byte[] Qpdf(byte[] pdf, string argument)
    {
        var input = Path.GetTempFileName();
        var output = input + ".rotated.pdf";
        File.WriteAllBytes(input, pdf);
        using (var qpdf = Process.Start(new ProcessStartInfo("qpdf", [argument, input, output]) { RedirectStandardError = true })!)
        {
            qpdf.WaitForExit(60_000);
            Assert.True(qpdf.ExitCode == 0, qpdf.StandardError.ReadToEnd());
        }
        var bytes = File.ReadAllBytes(output);
        File.Delete(input);
        File.Delete(output);
        return bytes;
    }
}
