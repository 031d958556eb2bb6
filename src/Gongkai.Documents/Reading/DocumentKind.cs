namespace Gongkai.Documents.Reading;

public enum DocumentKind
{
    Text,
    Html,
    Docx,
    Pdf,
}
