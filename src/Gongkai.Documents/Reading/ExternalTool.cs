using System.Diagnostics;

namespace Gongkai.Documents.Reading;

/// <summary>
/// A Debian program the reader calls (LibreOffice, Tesseract, poppler): found on PATH, run with a time limit and killed
/// past it with its children, its output read concurrently so a full pipe cannot hang it.
/// </summary>
internal static class ExternalTool
{
    public sealed record Result(bool TimedOut, int ExitCode, string Output, string Error);

    /// <summary>A temporary folder for a tool's input and output, deleted with all in it (what a killed tool still holds stays).</summary>
    public sealed class WorkFolder(string prefix) : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory(prefix);

        public string Path => _folder.FullName;

        public void Dispose()
        {
            try { _folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan timeLimit, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new(true, -1, "", "");
        }
        return new(false, process.ExitCode, output.Result, error.Result);
    }
}
