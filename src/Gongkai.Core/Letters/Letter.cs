namespace Gongkai.Letters;

/// <summary>A letter issued on a request, kept with it as the DOCX that was sent.</summary>
public sealed class Letter
{
    private Letter() { }

    public Letter(int agencyId, long requestId, LetterKind kind, string title, string number, DateOnly issuedOn, bool toApplicant, byte[] docx)
    {
        AgencyId = agencyId;
        RequestId = requestId;
        Kind = kind;
        Title = title;
        Number = number;
        IssuedOn = issuedOn;
        ToApplicant = toApplicant;
        Docx = docx;
    }

    public long Id { get; private set; }
    public int AgencyId { get; private set; }
    public long RequestId { get; private set; }
    public LetterKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Number { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    /// <summary>Whether the applicant may download it (a consultation letter goes to the third party).</summary>
    public bool ToApplicant { get; private set; }
    public byte[] Docx { get; private set; } = [];

    public string FileName => $"{Title}（{Number}）.docx";
}
