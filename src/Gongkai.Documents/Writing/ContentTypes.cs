namespace Gongkai.Documents.Writing;

/// <summary>The media types of the files Gongkai writes, as a download names them.</summary>
public static class ContentTypes
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";
    public const string Html = "text/html; charset=utf-8";
    public const string Json = "application/json";
}
