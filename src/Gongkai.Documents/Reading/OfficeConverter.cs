namespace Gongkai.Documents.Reading;

/// <summary>
/// Old Word (.doc), WPS and RTF files, which many county sites still attach, turned into DOCX by LibreOffice headless
/// (Debian <c>libreoffice-writer-nogui</c>) so the DOCX reader reads them. One conversion at a time, each in its own
/// temporary folder and LibreOffice profile, killed past the time limit: a damaged or password-protected file must not
/// hold the reader, and two instances sharing a profile would block each other.
/// </summary>
internal static class OfficeConverter
{
    public const string Package = "libreoffice-writer-nogui";

    public static TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(90);

    private static readonly SemaphoreSlim One = new(1, 1);

    private static readonly Lazy<string?> Program = new(() =>
        new[] { "soffice", "libreoffice" }.Select(ExternalTool.Find).FirstOrDefault(p => p is not null));

    public static bool IsInstalled => Program.Value is not null;

    /// <param name="what">The kind in words for the user's reason: "旧版Word（.doc）或WPS文件", "RTF文件".</param>
    public static byte[] ToDocx(byte[] bytes, string extension, string what) => Convert(bytes, extension, "docx:MS Word 2007 XML", what);

    /// <summary>The document saved by LibreOffice in another format (<c>docx</c>, <c>doc</c>, <c>rtf</c>, <c>pdf</c>, optionally with its filter).</summary>
    public static byte[] Convert(byte[] bytes, string extension, string format, string what)
    {
        var program = Program.Value
            ?? throw new UnreadableReportException($"这是{what}；读取它需要LibreOffice（Debian软件包 {Package}），本机未安装。请安装后再读取，或另存为.docx或PDF。");
        One.Wait();
        try
        {
            using var folder = new ExternalTool.WorkFolder("gongkai-convert-");
            var input = Path.Combine(folder.Path, "report" + extension);
            File.WriteAllBytes(input, bytes);
            var outputFolder = Directory.CreateDirectory(Path.Combine(folder.Path, "out")).FullName;
            var run = ExternalTool.Run(program,
                [
                    $"-env:UserInstallation=file://{Path.Combine(folder.Path, "profile")}",
                    "--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", outputFolder, input,
                ], TimeLimit, folder.Path);
            if (run.TimedOut)
                throw new UnreadableReportException($"{what}转换超时（超过{TimeLimit.TotalSeconds:0}秒），未读取；请另存为.docx或PDF后再读取。");
            var converted = Path.Combine(outputFolder, "report." + format.Split(':')[0]);
            if (run.ExitCode != 0 || !File.Exists(converted))
                throw new UnreadableReportException($"{what}无法转换（文件可能已加密或损坏），未读取；请另存为.docx或PDF后再读取。",
                    new InvalidOperationException($"soffice exit {run.ExitCode}: {run.Output} {run.Error}"));
            return File.ReadAllBytes(converted);
        }
        finally
        {
            One.Release();
        }
    }
}
