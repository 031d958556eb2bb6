
namespace Gongkai.Supervision;

/// <summary>A figure in two years of one agency's reports.</summary>
public sealed record FigureChange(Location Location, decimal? Before, decimal? Now)
{
    public decimal? Change => Before is { } b && Now is { } n ? n - b : null;
}

/// <summary>A narrative section of this year, cut into passages marked where last year's says the same.</summary>
public sealed record SectionComparison(ReportSection Section, double Similarity, IReadOnlyList<(string Text, bool Shared)> Passages);

/// <summary>One agency's report against its previous year's: every main figure with its change, and the narrative with what was copied marked.</summary>
public sealed record YearComparison(string Agency, int Year, IReadOnlyList<FigureChange> Figures, IReadOnlyList<SectionComparison> Sections)
{
    public string Title => $"{Agency}{Year}年与{Year - 1}年政府信息公开工作年度报告对照";

    public static YearComparison Compare(string agency, int year, AnnualReport now, AnnualReport before) => new(agency, year,
        ReportCells.Main.Select(c => new FigureChange(c, ReportCells.Get(before, c), ReportCells.Get(now, c))).ToList(),
        NarrativeCopies.Compared.Select(s =>
        {
            var passages = NarrativeCopies.Passages(now.SectionText.GetValueOrDefault(s) ?? "", before.SectionText.GetValueOrDefault(s) ?? "");
            // The share of this year's letters also in last year's: for one pair, what the reader sees marked.
            var letters = passages.Sum(p => p.Text.Count(char.IsLetter));
            var shared = passages.Where(p => p.Shared).Sum(p => p.Text.Count(char.IsLetter));
            return new SectionComparison(s, letters == 0 ? 0 : (double)shared / letters, passages);
        }).ToList());
}
