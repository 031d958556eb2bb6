using Gongkai.Register;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Data.Search;

/// <summary>Where a disclosure is saved, its words for the full-text index are made from its text; no call site can forget it.</summary>
public sealed class DisclosureIndexer : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Index(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Index(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private static void Index(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries<Disclosure>().Where(e => e.State is EntityState.Added or EntityState.Modified))
            entry.Entity.Index(string.Join(' ', ChineseWords.Of(entry.Entity.IndexedText)));
    }

    /// <summary>Entries saved before the index existed get their words once.</summary>
    public static async Task IndexMissingAsync(GongkaiDbContext db, CancellationToken cancel = default)
    {
        var missing = await db.Disclosures.Where(d => d.SearchWords == "").Take(10_000).ToListAsync(cancel);
        if (missing.Count == 0) return;
        foreach (var d in missing) db.Entry(d).State = EntityState.Modified;
        await db.SaveChangesAsync(cancel);
    }
}
