using Gongkai.Register;

namespace Gongkai.Data.Search;

/// <summary>
/// The reading room's search by Chinese words: the query is cut into words as the index was, every word must occur, and the
/// best matches come first; only what the public may see (published, 主动公开) (SQLite: FTS5 and bm25; PostgreSQL: tsvector and ts_rank). Across all agencies or within one.
/// </summary>
public static class DisclosureSearch
{
    private sealed record Hit(int Id, double Rank);

    public static async Task<List<Disclosure>> FindAsync(GongkaiDbContext db, string query, int? agencyId, int take, CancellationToken cancel = default)
    {
        var words = ChineseWords.Of(query);
        if (words.Count == 0) return [];
        List<Hit> hits;
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            var match = string.Join(" AND ", words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
            hits = await db.Database.SqlQuery<Hit>($"""
                SELECT d.Id AS Id, bm25(DisclosureWords) AS Rank FROM DisclosureWords w JOIN Disclosures d ON d.Id = w.rowid
                WHERE DisclosureWords MATCH {match} AND d.State = 'Published' AND d.Attribute = 'Proactive' AND ({agencyId} IS NULL OR d.AgencyId = {agencyId})
                ORDER BY bm25(DisclosureWords), d.PublishedOn DESC LIMIT {take}
                """).ToListAsync(cancel);
        }
        else
        {
            // Each word a quoted lexeme, taken as it is: Chinese words pass no text-search parser.
            var all = string.Join(" & ", words.Select(w => "'" + w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'"));
            hits = await db.Database.SqlQuery<Hit>($"""
                SELECT d."Id" AS "Id", -ts_rank(d."SearchVector", q)::float8 AS "Rank" FROM "Disclosures" d, CAST({all} AS tsquery) q
                WHERE d."SearchVector" @@ q AND d."State" = 'Published' AND d."Attribute" = 'Proactive' AND ({agencyId}::int IS NULL OR d."AgencyId" = {agencyId})
                ORDER BY ts_rank(d."SearchVector", q) DESC, d."PublishedOn" DESC LIMIT {take}
                """).ToListAsync(cancel);
        }
        var ids = hits.Select(h => h.Id).ToList();
        var found = await db.Disclosures.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancel);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}
