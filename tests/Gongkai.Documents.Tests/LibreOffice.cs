using System.Diagnostics;

namespace Gongkai.Documents.Tests;

/// <summary>LibreOffice headless, as agencies' offices use it, to make the .doc, RTF and PDF files they publish.</summary>
public static class LibreOffice
{
    public static byte[] Convert(byte[] document, string extension, string format)
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-test-lo-");
        try
        {
            var input = Path.Combine(folder.FullName, "report" + extension);
            File.WriteAllBytes(input, document);
            var start = new ProcessStartInfo("soffice")
            {
                ArgumentList = { $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--convert-to", format, "--outdir", folder.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using (var soffice = Process.Start(start)!)
            {
                Assert.True(soffice.WaitForExit(120_000), "soffice did not finish");
                Assert.True(soffice.ExitCode == 0, soffice.StandardError.ReadToEnd());
            }
            return File.ReadAllBytes(Directory.GetFiles(folder.FullName, "report.*").Single(f => f != input));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
