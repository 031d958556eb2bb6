namespace Gongkai.Documents.Reading;

public enum DocumentKind
{
    Text,
    Markdown,
    Html,
    Docx,
    Pdf,
}
