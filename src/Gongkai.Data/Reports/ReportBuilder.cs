using Gongkai.Cases;
using Gongkai.Register;
using Gongkai.Reports;

namespace Gongkai.Data.Reports;

/// <summary>
/// The annual report of an agency for a year, computed from the register: tables 二, 三 and 四 by the database, the
/// narrative from the officer's text where it exists and from the draft of the year's facts where it does not.
/// </summary>
public static class ReportBuilder
{
    public static async Task<AnnualReport> BuildAsync(GongkaiDbContext db, int agencyId, int year, CancellationToken cancel = default)
    {
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agencyId, cancel);
        var report = new AnnualReport { Agency = agency.Name, Year = year };

        var documents = await db.NormativeDocuments.AsNoTracking().OfAgency(agencyId).ToListAsync(cancel);
        NormativeDocument.Count(documents, NormativeKind.Regulation, year, report.Proactive.Regulations);
        NormativeDocument.Count(documents, NormativeKind.NormativeDocument, year, report.Proactive.NormativeDocuments);
        var months = await db.DecisionCounts.AsNoTracking().OfAgency(agencyId).Where(d => d.Year == year).ToListAsync(cancel);
        report.Proactive.Licensing = months.Sum(m => m.Licensing);
        report.Proactive.Penalty = months.Sum(m => m.Penalty);
        report.Proactive.Enforcement = months.Sum(m => m.Enforcement);
        report.Proactive.FeesWanYuan = months.Sum(m => m.FeesWanYuan);

        var requests = await RequestTableQuery.ComputeAsync(db, agencyId, year, cancel);
        foreach (var row in RequestRow.All) report.Requests.SetRow(row, requests.Row(row));
        ReviewCase.Fill(await db.Cases.AsNoTracking().OfAgency(agencyId).Where(c => c.FiledOn.Year == year).ToListAsync(cancel), year, report);

        var record = await db.AnnualReports.OfAgency(agencyId).AsNoTracking().SingleOrDefaultAsync(r => r.Year == year, cancel);
        var facts = await FactsAsync(db, agency, year, report, record, cancel);
        report.Opening = Or(record?.Opening, NarrativeDraft.Opening(facts));
        report.SectionText[ReportSection.Overview] = Or(record?.Overview, NarrativeDraft.Overview(facts));
        report.SectionText[ReportSection.Problems] = Or(record?.Problems, NarrativeDraft.Problems(facts));
        report.SectionText[ReportSection.Other] = Or(record?.Other, NarrativeDraft.Other(facts));
        foreach (var section in ReportSections.All)
            report.Headings.Add(new SectionHeading((int)section, section, section.Title()));
        return report;
    }

    /// <summary>
    /// What a year's report is checked against: last year's report as imported (the published document, to be read by
    /// the caller), else the one generated from the register where the register has earlier requests, else nothing.
    /// </summary>
    public static async Task<(byte[]? Imported, AnnualReport? Generated)> PreviousAsync(GongkaiDbContext db, int agencyId, int year, CancellationToken cancel = default)
    {
        var imported = await db.AnnualReports.AsNoTracking().OfAgency(agencyId).Where(r => r.Year == year - 1 && r.ImportedDocument != null)
            .Select(r => r.ImportedDocument).SingleOrDefaultAsync(cancel);
        if (imported is not null) return (imported, null);
        return await db.Requests.OfAgency(agencyId).AnyAsync(r => r.ReceivedOn.Year < year, cancel)
            ? (null, await BuildAsync(db, agencyId, year - 1, cancel))
            : (null, null);
    }

    /// <summary>The facts of the year the draft states, including last year's requests for the change.</summary>
    public static async Task<YearFacts> FactsAsync(GongkaiDbContext db, Agencies.Agency agency, int year, AnnualReport report,
        AnnualReportRecord? record, CancellationToken cancel = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var requests = db.Requests.OfAgency(agency.Id).AsNoTracking();
        var receivedLastYear = await requests.CountAsync(r => r.ReceivedOn >= start.AddYears(-1) && r.ReceivedOn < start, cancel);
        var anyBefore = await requests.AnyAsync(r => r.ReceivedOn < start, cancel);
        // Summed here: SQLite has no decimal aggregate.
        var fees = (await requests.Where(r => r.FeePaidOn >= start && r.FeePaidOn <= end).Select(r => r.FeeAmount).ToListAsync(cancel)).Sum(v => v ?? 0);
        var published = await db.Disclosures.OfAgency(agency.Id).AsNoTracking().Where(d => d.PublishedOn >= start && d.PublishedOn <= end && d.State != DisclosureState.Draft && d.State != DisclosureState.InReview && d.Attribute == DisclosureAttribute.Proactive)
            .Select(d => new { d.Channel, Reviewed = d.Stages != "" }).ToListAsync(cancel);
        // Items published in Gongkai by their channel, and the months' counts of channels outside it, one line per channel.
        var outside = await db.ChannelCounts.OfAgency(agency.Id).AsNoTracking().Where(c => c.Year == year)
            .Select(c => new { c.Channel, c.Items }).ToListAsync(cancel);
        var channels = published.Select(d => (Channel: d.Channel.Length == 0 ? "其他渠道" : d.Channel, Items: 1))
            .Concat(outside.Select(c => (c.Channel, c.Items)))
            .GroupBy(c => c.Channel).Select(g => (g.Key, g.Sum(c => c.Items))).Where(c => c.Item2 > 0)
            .OrderByDescending(c => c.Item2).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var disclosures = published.Count + outside.Sum(c => c.Items);
        var interpretations = (await db.Interpretations.OfAgency(agency.Id).AsNoTracking().Where(i => i.PublishedOn >= start && i.PublishedOn <= end)
            .Select(i => i.Form).ToListAsync(cancel)).GroupBy(f => f).OrderBy(g => g.Key).Select(g => (g.Key.Label(), g.Count())).ToList();
        var explained = await ExplainedAsync(db, agency, start, end, cancel);
        var trainings = await db.Trainings.OfAgency(agency.Id).AsNoTracking().Where(t => t.HeldOn >= start && t.HeldOn <= end)
            .Select(t => t.Attendees).ToListAsync(cancel);
        var assessments = await db.Assessments.OfAgency(agency.Id).AsNoTracking().Where(a => a.Year == year)
            .OrderBy(a => a.Id).Select(a => new { a.Assessor, a.Result }).ToListAsync(cancel);
        var reviewed = published.Count(d => d.Reviewed);
        var total = ApplicantColumn.Total;
        return new YearFacts(agency.Name, year, agency.Address, agency.Phone, disclosures,
            report.Proactive.NormativeDocuments.Issued ?? 0,
            report.Requests[RequestRow.Received, total] ?? 0, report.Requests[RequestRow.CarriedIn, total] ?? 0,
            report.Requests[RequestRow.OutcomeTotal, total] ?? 0, report.Requests[RequestRow.CarriedOver, total] ?? 0,
            anyBefore ? receivedLastYear : null, fees, report.Review.Total ?? 0,
            (report.LitigationDirect.Total ?? 0) + (report.LitigationAfterReview.Total ?? 0),
            record?.NpcLead ?? 0, record?.NpcAssist ?? 0, record?.CppccLead ?? 0, record?.CppccAssist ?? 0, record?.ProposalsCompleted ?? true)
        {
            Channels = channels,
            Interpretations = interpretations,
            DocumentsToExplain = explained.Documents,
            ExplainedInTime = explained.InTime,
            InterpretationDays = agency.InterpretationDays,
            Trainings = trainings.Count,
            Trained = trainings.Sum(),
            Assessments = assessments.ConvertAll(a => (a.Assessor, a.Result)),
            // The stages in force are the agency's rule whether or not an item passed them this year.
            ReviewStages = DisclosureReviews.Parse(agency.DisclosureStages).Select(s => s.Label()).ToList(),
            Reviewed = reviewed,
            WorkPoints = await WorkPointsAsync(db, agency, year, cancel),
            // The first version is the document made, not revised.
            GuidesRevised = (await db.GuideVersions.OfAgency(agency.Id).AsNoTracking().Where(g => g.RevisedOn >= start && g.RevisedOn <= end && g.Number > 1)
                .OrderBy(g => g.RevisedOn).Select(g => new { g.Kind, g.RevisedOn }).ToListAsync(cancel)).Select(g => (g.Kind.Title(), g.RevisedOn)).ToList(),
            LastYearsProblems = NarrativeDraft.ProblemsIn(await db.AnnualReports.OfAgency(agency.Id).AsNoTracking()
                .Where(r => r.Year == year - 1).Select(r => r.Problems).SingleOrDefaultAsync(cancel) ?? ""),
        };
    }

    /// <summary>The year's rules and normative documents, and how many of them had an interpretation within the agency's days.</summary>
    private static async Task<(int Documents, int InTime)> ExplainedAsync(GongkaiDbContext db, Agencies.Agency agency, DateOnly start, DateOnly end, CancellationToken cancel)
    {
        var documents = await db.NormativeDocuments.AsNoTracking().OfAgency(agency.Id).Where(d => d.IssuedOn >= start && d.IssuedOn <= end).ToListAsync(cancel);
        if (documents.Count == 0) return (0, 0);
        var ids = documents.ConvertAll(d => d.Id);
        var interpretations = await db.Interpretations.AsNoTracking().Where(i => ids.Contains(i.DocumentId)).ToListAsync(cancel);
        var assessed = InterpretationDeadline.Assess(documents, interpretations, agency.InterpretationDays, await CalendarService.LoadAsync(db, cancel), end);
        return (documents.Count, assessed.Count(a => a.State == InterpretationState.OnTime));
    }

    /// <summary>The work points of the year issued by the offices above the agency, with its progress on each.</summary>
    private static async Task<List<(string, Gongkai.Supervision.WorkPointState, string, string)>> WorkPointsAsync(GongkaiDbContext db, Agencies.Agency agency, int year, CancellationToken cancel) =>
        (await Supervision.WorkPointQueries.ForAgencyAsync(db, agency.Id, year, cancel))
            .Select(w => (w.Point.Title, w.Progress?.State ?? Gongkai.Supervision.WorkPointState.NotStarted, w.Progress?.Department ?? "", w.Progress?.Note ?? "")).ToList();

    private static string Or(string? own, string draft) => string.IsNullOrWhiteSpace(own) ? draft : own;
}
