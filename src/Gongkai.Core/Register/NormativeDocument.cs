
namespace Gongkai.Register;

public enum NormativeKind
{
    /// <summary>规章</summary>
    Regulation,
    /// <summary>行政规范性文件</summary>
    NormativeDocument,
}

/// <summary>A rule or normative document the agency issued, with its lifecycle: it counts as issued, repealed or in force per year.</summary>
public sealed class NormativeDocument : Reports.ICountedInReport, IAgencyOwned
{
    private NormativeDocument() { }

    public NormativeDocument(int agencyId, NormativeKind kind, string title, string documentNumber, DateOnly issuedOn)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("文件标题不能为空。");
        AgencyId = agencyId;
        Kind = kind;
        Title = title.Trim();
        DocumentNumber = documentNumber.Trim();
        IssuedOn = issuedOn;
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public NormativeKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string DocumentNumber { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly? RepealedOn { get; private set; }

    /// <summary>Its part in a year's table 二: issued, repealed, in force on 31 December — every year from its issue on.</summary>
    public object? PartIn(int year)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var (issued, repealed) = (IssuedOn.Year == year, RepealedOn?.Year == year);
        var inForce = IssuedOn <= yearEnd && (RepealedOn is null || RepealedOn > yearEnd);
        return issued || repealed || inForce ? (Kind, issued, repealed, inForce) : null;
    }

    public void Repeal(DateOnly on)
    {
        if (RepealedOn is not null) throw new DomainException($"该文件已于{RepealedOn:yyyy-MM-dd}废止。");
        if (on < IssuedOn) throw new DomainException("废止日期不能早于制发日期。");
        RepealedOn = on;
    }

    /// <summary>本年制发件数 / 本年废止件数 / 现行有效件数 (at 31 December) of one kind for a year.</summary>
    public static void Count(IEnumerable<NormativeDocument> documents, NormativeKind kind, int year, DocumentCounts into)
    {
        var ofKind = documents.Where(d => d.Kind == kind).ToList();
        var yearEnd = new DateOnly(year, 12, 31);
        into.Issued = ofKind.Count(d => d.IssuedOn.Year == year);
        into.Repealed = ofKind.Count(d => d.RepealedOn?.Year == year);
        into.InForce = ofKind.Count(d => d.IssuedOn <= yearEnd && (d.RepealedOn is null || d.RepealedOn > yearEnd));
    }
}
