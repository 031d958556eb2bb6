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
    /// <summary>A PNG, JPEG or TIFF of the pages, read by OCR.</summary>
    Picture,
}
