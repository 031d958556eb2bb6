namespace Gongkai.Web.Pages.Requests;

/// <summary>Downloads a letter of one of the agency's requests.</summary>
public sealed class LetterModel(GongkaiDbContext db, LetterService letters) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id)
    {
        var agencyId = User.AgencyId();
        var letter = await db.Letters.OfAgency(agencyId).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id);
        if (letter is null) return NotFound();
        return File(letter.IsDraft ? await letters.PreviewAsync(letter) : letter.Docx, ContentTypes.Docx, letter.FileName);
    }
}
