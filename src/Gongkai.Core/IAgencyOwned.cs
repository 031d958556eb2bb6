namespace Gongkai;

/// <summary>
/// A record one agency keeps (its register, requests, letters, reports): what an agency's staff see is scoped by it in one
/// place, <c>OfAgency</c> in Gongkai.Data.
/// </summary>
public interface IAgencyOwned
{
    int AgencyId { get; }
}
