namespace Gongkai.Letters;

/// <summary>
/// A letter on a request, kept with it. A reply is first a draft the officer may edit and the head signs off; only then does
/// it get its number and its DOCX and reach the applicant. Other letters are issued at once.
/// </summary>
public sealed class Letter : IAgencyOwned
{
    private Letter() { }

    /// <summary>An issued letter: numbered, dated, with the DOCX that was sent.</summary>
    public Letter(int agencyId, long requestId, LetterKind kind, string title, string number, DateOnly issuedOn, bool toApplicant, byte[] docx, string body = "")
    {
        AgencyId = agencyId;
        RequestId = requestId;
        Kind = kind;
        Title = title;
        Number = number;
        IssuedOn = issuedOn;
        ToApplicant = toApplicant;
        Docx = docx;
        Body = body;
    }

    /// <summary>A draft: its text, which must keep <paramref name="fixedText"/> (a reply's remedies) through every edit.</summary>
    public static Letter Draft(int agencyId, long requestId, LetterKind kind, string title, string body, DateOnly on, bool toApplicant, string fixedText) =>
        new() { AgencyId = agencyId, RequestId = requestId, Kind = kind, Title = title, Body = body, IssuedOn = on, ToApplicant = toApplicant, FixedText = fixedText };

    public long Id { get; private set; }
    public int AgencyId { get; private set; }
    public long RequestId { get; private set; }
    public LetterKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The official number, given when the letter is issued; null on a draft.</summary>
    public string? Number { get; private set; }
    /// <summary>The day it was issued (for a draft, the day it was drafted).</summary>
    public DateOnly IssuedOn { get; private set; }
    /// <summary>Whether the applicant may download it (a consultation letter goes to the third party).</summary>
    public bool ToApplicant { get; private set; }
    /// <summary>The text: the addressee line, then a paragraph per line.</summary>
    public string Body { get; private set; } = "";
    /// <summary>Text a draft's edits may not remove (the remedies, without which the review period stretches to a year).</summary>
    public string FixedText { get; private set; } = "";
    public byte[] Docx { get; private set; } = [];

    public bool IsDraft => Number is null;

    public string FileName => $"{Title}（{Number ?? "草稿"}）.docx";

    /// <summary>The officer edits the draft's text before the head signs it off.</summary>
    public void Edit(string body)
    {
        if (!IsDraft) throw new DomainException("文书已签发，不能再修改；如需更正，请重新作出决定。");
        body = Intake.PlainText.Checked("文书正文", body, multiLine: true);
        if (body.Length == 0) throw new DomainException("文书正文不能为空。");
        if (FixedText.Length > 0 && !body.Replace("\n", "", StringComparison.Ordinal).Contains(FixedText, StringComparison.Ordinal))
            throw new DomainException($"答复书须保留告知救济途径的原文，不能删改：“{FixedText}”");
        Body = body;
    }

    /// <summary>Signed off: the letter gets its number and DOCX and goes out.</summary>
    public void Issue(string number, DateOnly on, byte[] docx)
    {
        if (!IsDraft) throw new DomainException("文书已经签发。");
        Number = number;
        IssuedOn = on;
        Docx = docx;
    }
}
