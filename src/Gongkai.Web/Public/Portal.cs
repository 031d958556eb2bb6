using System.Security.Cryptography;
using System.Text;
using Gongkai.Requests;

namespace Gongkai.Web.Public;

/// <summary>
/// The applicant's side: applying online and following a request by its tracking code. The same for the pages and the API.
/// </summary>
public sealed class Portal(GongkaiDbContext db, Clock clock, RequestSteps steps, CalendarService calendars)
{
    public const string RateLimitPolicy = "portal";

    /// <summary>What a look-up that matches no request is told, on the page and in the API alike.</summary>
    public const string TrackingNotFound = "没有找到与该查询码和号码相符的申请，请核对后重试。";

    /// <summary>Registers an online application; the same submission key again returns the request it created.</summary>
    public async Task<(InformationRequest Request, bool Created)> SubmitAsync(int agencyId, ApplicationForm form, string submissionKey)
    {
        if (await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.SubmissionKey == submissionKey) is { } existing)
            return (existing, false);
        var (now, received) = (clock.Now, Calendar.OnlineReceipt.Day(clock.Now, await calendars.GetAsync()));
        try
        {
            var request = await steps.RegisterAsync(agencyId, received.Year, number => new InformationRequest(agencyId, number, TrackingCodes.New(),
                form.ToApplicant(), RequestChannel.Online, received, form.Description, form.DeliveryForm ?? "", new Actor("网上申请", Role.Officer), now, submissionKey,
                Calendar.OnlineReceipt.Explain(now, received)));
            return (request, true);
        }
        catch (DbUpdateException)
        {
            // Two clicks raced and the other one stored the request: answer with it.
            db.ChangeTracker.Clear();
            var stored = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.SubmissionKey == submissionKey);
            if (stored is null) throw;
            return (stored, false);
        }
    }

    /// <summary>The letters the applicant may download: addressed to them and issued (a draft reply is not).</summary>
    public static IQueryable<Gongkai.Letters.Letter> ApplicantLetters(GongkaiDbContext db, long requestId) =>
        db.Letters.AsNoTracking().Where(l => l.RequestId == requestId && l.ToApplicant && l.Number != null).OrderBy(l => l.Id);

    /// <summary>
    /// The applicant's online answer to a 补正, with its files, in one save: received today if the office is open, else on
    /// the next working day (Art. 31 (三)), and the reply period restarts from then.
    /// </summary>
    public async Task SubmitCorrectionAsync(long requestId, string answer, IReadOnlyList<IFormFile> files)
    {
        var request = await db.Requests.Include(r => r.History).SingleAsync(r => r.Id == requestId);
        var calendar = await calendars.GetAsync();
        var now = clock.Now;
        request.ReceiveCorrectionFromApplicant(Calendar.OnlineReceipt.Day(now, calendar), answer, now);
        foreach (var upload in files)
            db.RequestFiles.Add(await Requests.RequestFiles.ReadAsync(upload, request, RequestFilePurpose.CorrectionMaterial, "申请人", now));
        request.RefreshDue(calendar, clock.Today);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The request with this code whose applicant's phone or ID number ends in these four characters, or null. A wrong
    /// code and a wrong number get the same answer, so nothing can be learnt by trying.
    /// </summary>
    public async Task<InformationRequest?> TrackAsync(string? code, string? lastFour)
    {
        code = (code ?? "").Trim().ToUpperInvariant();
        lastFour = (lastFour ?? "").Trim().ToUpperInvariant();
        if (code.Length is < 8 or > 40 || lastFour.Length != 4) return null;
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.TrackingCode == code);
        if (request is null) return null;
        return Matches(request.Applicant.Phone, lastFour) | Matches(request.Applicant.IdNumber, lastFour) ? request : null;
    }

    private static bool Matches(string value, string lastFour)
    {
        var digits = Applicant.Comparable(value);
        var tail = digits.Length >= 4 ? digits[^4..] : digits.PadLeft(4, '?');
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(tail), Encoding.UTF8.GetBytes(lastFour));
    }
}
