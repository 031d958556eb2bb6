namespace Gongkai.Web.Importing;

/// <summary>A spreadsheet an office imports (counts by month, a directory of agencies): small, so read whole once its size is checked.</summary>
public static class SpreadsheetUpload
{
    /// <param name="what">What the file holds, for the message when none was chosen ("机关名录文件").</param>
    public static async Task<byte[]> ReadAsync([System.Diagnostics.CodeAnalysis.NotNull] IFormFile? file, long maxBytes, string what)
    {
        if (file is null || file.Length == 0) throw new FormatException($"请选择要导入的{what}（CSV或XLSX）。");
        if (file.Length > maxBytes) throw new FormatException($"文件“{file.FileName}”超过{maxBytes / (1024 * 1024)}MB。");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
