namespace Gongkai.Letters;

/// <summary>An agency's own text for a letter, replacing the shipped one; edited by its admin.</summary>
public sealed class AgencyLetterTemplate : IAgencyOwned
{
    private AgencyLetterTemplate() { }

    public AgencyLetterTemplate(int agencyId, string key)
    {
        AgencyId = agencyId;
        Key = key;
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public string Key { get; private set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";

    public LetterTemplate ToTemplate(bool toApplicant) => new(Key, Title, Body, toApplicant);
}
