namespace Gongkai.Documents.Reading;

public enum DocumentKind
{
    Text,
    Markdown,
    Html,
    Docx,
    /// <summary>Old Word (.doc) or WPS: an OLE compound file, read after LibreOffice turns it into DOCX.</summary>
    Doc,
    Rtf,
    Pdf,
}
