using OpenCvSharp;

namespace Gongkai.Documents.Reading.Scans;

/// <summary>A word Tesseract read: its line in the page's layout, its box on the picture, how sure it was (0–100).</summary>
internal readonly record struct OcrWord(int Picture, int Block, int Paragraph, int Line, Rect Box, double Confidence, string Text);

/// <summary>
/// Tesseract (Debian <c>tesseract-ocr</c>, Chinese from <c>tesseract-ocr-chi-sim</c>), called as a program with TSV output:
/// every word with its box and confidence. One core per call (OpenMP's threads only contend on small pictures) and a
/// time limit per page, so a pathological picture cannot hold the reader.
/// </summary>
public static class Tesseract
{
    public const string Package = "tesseract-ocr";
    public const string ChinesePackage = "tesseract-ocr-chi-sim";

    public static TimeSpan PageTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> OneCore = new() { ["OMP_THREAD_LIMIT"] = "1" };

    private static readonly Lazy<(string? Program, bool Chinese)> Installed = new(() =>
    {
        var program = ExternalTool.Find("tesseract");
        if (program is null) return (null, false);
        var languages = ExternalTool.Run(program, ["--list-langs"], TimeSpan.FromSeconds(20), environment: OneCore);
        return (program, (languages.Output + languages.Error).Split('\n').Any(l => l.Trim() == "chi_sim"));
    });

    /// <summary>Why pictures cannot be read here, or null where Tesseract and its Chinese data are installed.</summary>
    public static string? Missing => Installed.Value switch
    {
        { Program: null } => $"读取扫描件或图片需要Tesseract文字识别（Debian软件包 {Package} 和 {ChinesePackage}），本机未安装。",
        { Chinese: false } => $"读取扫描件或图片需要Tesseract的简体中文识别数据（Debian软件包 {ChinesePackage}），本机未安装。",
        _ => null,
    };

    /// <summary>The words of a picture file, or of each picture a list file names (one path per line).</summary>
    internal static List<OcrWord> Words(string input, int pageSegmentation, string language = "chi_sim", string? characters = null, int pictures = 1)
    {
        var arguments = new List<string> { input, "stdout", "-l", language, "--psm", pageSegmentation.ToString(CultureInfo.InvariantCulture) };
        if (characters is not null) arguments.AddRange(["-c", $"tessedit_char_whitelist={characters}"]);
        arguments.Add("tsv");
        var run = Run(arguments, PageTimeLimit * pictures);
        var words = new List<OcrWord>();
        foreach (var line in run.Output.Split('\n'))
        {
            var f = line.Split('\t');
            if (f.Length < 12 || f[0] != "5" || string.IsNullOrWhiteSpace(f[11])) continue;
            int N(int i) => int.Parse(f[i], CultureInfo.InvariantCulture);
            words.Add(new OcrWord(N(1), N(2), N(3), N(4), new Rect(N(6), N(7), N(8), N(9)),
                double.Parse(f[10], CultureInfo.InvariantCulture), f[11].Trim()));
        }
        return words;
    }

    /// <summary>How far a picture is turned, by Tesseract's orientation detection: 0, 90, 180 or 270 degrees clockwise to put it upright.</summary>
    internal static int Rotation(string picture)
    {
        var run = Run([picture, "stdout", "--psm", "0"], PageTimeLimit, failQuietly: true);
        var line = run.Output.Split('\n').FirstOrDefault(l => l.StartsWith("Rotate:", StringComparison.Ordinal));
        var confidence = run.Output.Split('\n').FirstOrDefault(l => l.StartsWith("Orientation confidence:", StringComparison.Ordinal));
        // Orientation needs some text to go by; on a page of little text a weak guess is worse than none.
        if (line is null || confidence is null || !double.TryParse(confidence[23..].Trim(), CultureInfo.InvariantCulture, out var sure) || sure < 2)
            return 0;
        return int.TryParse(line[7..].Trim(), CultureInfo.InvariantCulture, out var degrees) ? degrees : 0;
    }

    private static ExternalTool.Result Run(List<string> arguments, TimeSpan limit, bool failQuietly = false)
    {
        if (Missing is { } missing) throw new UnreadableReportException(missing);
        var run = ExternalTool.Run(Installed.Value.Program!, arguments, limit, environment: OneCore);
        if (run.TimedOut)
            throw new UnreadableReportException($"扫描页的文字识别超时（每页限{PageTimeLimit.TotalSeconds:0}秒），未读取；请提供文字版PDF或DOCX。");
        if (run.ExitCode != 0 && !failQuietly)
            throw new UnreadableReportException("扫描页的图片无法识别（图片可能已损坏），未读取。",
                new InvalidOperationException($"tesseract exit {run.ExitCode}: {run.Error}"));
        return run;
    }
}
