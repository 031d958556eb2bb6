using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Letters;

namespace Gongkai.Data.Numbering;

/// <summary>
/// Official numbers (示卫公开〔2026〕12号, 示卫公开复〔2026〕3号) from an atomic per-agency, per-year counter: one
/// INSERT … ON CONFLICT DO UPDATE … RETURNING, which both SQLite and PostgreSQL run as a single atomic statement, so
/// two simultaneous applications never get the same number (the unique indexes on the numbers make sure of it).
/// </summary>
public static partial class OfficialNumbers
{
    public const string RequestSeries = "Request";

    public static async Task<string> NextRequestNumberAsync(this GongkaiDbContext db, int agencyId, int year)
    {
        var prefix = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.NumberPrefix).SingleAsync();
        var next = await NextAsync(db, agencyId, year, RequestSeries, async () =>
            MaxNumber(await db.Requests.OfAgency(agencyId).Where(r => r.ReceivedOn.Year == year).Select(r => r.Number).ToListAsync()));
        return $"{prefix}〔{year}〕{next}号";
    }

    public static async Task<string> NextLetterNumberAsync(this GongkaiDbContext db, int agencyId, string prefix, LetterKind kind, int year)
    {
        var next = await NextAsync(db, agencyId, year, kind.ToString(), async () =>
            MaxNumber(await db.Letters.OfAgency(agencyId).Where(l => l.Kind == kind && l.IssuedOn.Year == year && l.Number != null).Select(l => l.Number!).ToListAsync()));
        return $"{prefix}{Mark(kind)}〔{year}〕{next}号";
    }

    public static string Mark(LetterKind kind) => kind switch
    {
        LetterKind.Receipt => "收",
        LetterKind.CorrectionNotice => "补",
        LetterKind.ExtensionNotice => "延",
        LetterKind.ThirdPartyConsultation => "征",
        LetterKind.FeeNotice => "费",
        LetterKind.Reply => "复",
        LetterKind.AgencyConsultation => "商",
        LetterKind.ThirdPartyDisclosureNotice => "告",
        LetterKind.ReasonsNotice => "说",
        LetterKind.DelayNotice => "迟",
    };

    /// <summary>
    /// The next number of the series. A series met for the first time starts after the highest number already given
    /// in it (records made before the counter existed); two first uses at once still differ, as the second's insert
    /// turns into the first's increment.
    /// </summary>
    private static async Task<int> NextAsync(GongkaiDbContext db, int agencyId, int year, string series, Func<Task<int>> highestSoFar)
    {
        var increment = await db.Database.SqlQuery<int>($"""
            UPDATE "NumberSequences" SET "Last" = "Last" + 1
            WHERE "AgencyId" = {agencyId} AND "Year" = {year} AND "Series" = {series}
            RETURNING "Last" AS "Value"
            """).ToListAsync();
        if (increment.Count == 1) return increment[0];
        var start = await highestSoFar() + 1;
        var inserted = await db.Database.SqlQuery<int>($"""
            INSERT INTO "NumberSequences" ("AgencyId", "Year", "Series", "Last") VALUES ({agencyId}, {year}, {series}, {start})
            ON CONFLICT ("AgencyId", "Year", "Series") DO UPDATE SET "Last" = "NumberSequences"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync();
        return inserted.Single();
    }

    private static int MaxNumber(IEnumerable<string> numbers) =>
        numbers.Select(n => SequenceOf().Match(n)).Where(m => m.Success)
            .Select(m => int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .DefaultIfEmpty(0).Max();

    [GeneratedRegex(@"〕(\d{1,9})号$")]
    private static partial Regex SequenceOf();
}
