using System.Security.Claims;
using Gongkai.Register;

namespace Gongkai.Web.Disclosures;

/// <summary>The review stages the signed-in person decides, as the administrator gave them (read fresh, so a change applies at once).</summary>
public static class ReviewDuties
{
    public static async Task<IReadOnlyList<ReviewStage>> OfAsync(GongkaiDbContext db, ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return DisclosureReviews.Parse(await db.Users.Where(u => u.Id == id).Select(u => u.ReviewDuties).SingleOrDefaultAsync());
    }
}
