using Gongkai.Requests;

namespace Gongkai.Web.Requests;

/// <summary>The officer's worklist, for the page and the JSON API alike: pending requests by due date, applicants masked.</summary>
public static class Worklist
{
    public const int DueSoonDays = 7;

    public sealed record Row(long Id, string Number, string Applicant, bool IsPerson, DateOnly ReceivedOn, RequestState State, DateOnly? DueOn, string? OutcomeCode,
        bool ExtensionRequested, string? OutcomeKey = null)
    {
        /// <summary>The outcome as the officer chose it ("部分公开"), without the table's footnote.</summary>
        public string? OutcomeName => (OutcomeKey ?? OutcomeCode) is { } key ? Outcomes.Find(key)?.Name : null;
    }

    /// <param name="filter">open (by due date), overdue, soon (due within <see cref="DueSoonDays"/> days) or all.</param>
    public static IQueryable<Row> Query(GongkaiDbContext db, int agencyId, string filter, RequestState? state, DateOnly today)
    {
        var requests = db.Requests.AsNoTracking().OfAgency(agencyId);
        var soon = today.AddDays(DueSoonDays);
        requests = (filter, state) switch
        {
            (_, { } s) => requests.Where(r => r.State == s).OrderByDescending(r => r.ReceivedOn),
            ("overdue", _) => requests.Where(r => r.DueOn != null && r.DueOn < today).OrderBy(r => r.DueOn),
            ("soon", _) => requests.Where(r => r.DueOn != null && r.DueOn >= today && r.DueOn <= soon).OrderBy(r => r.DueOn),
            ("all", _) => requests.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id),
            _ => requests.Where(r => r.DueOn != null).OrderBy(r => r.DueOn),
        };
        return requests.Select(r => new Row(r.Id, r.Number, r.Applicant.Name, r.Applicant.Type == ApplicantType.NaturalPerson, r.ReceivedOn, r.State, r.DueOn, r.OutcomeCode, r.ExtensionRequested && !r.Extended, r.OutcomeKey));
    }

    /// <summary>A person's name is personal data: lists show its first character only.</summary>
    public static Row Masked(Row row) => row.IsPerson ? row with { Applicant = Applicant.Mask(row.Applicant, 1, 0) } : row;
}
