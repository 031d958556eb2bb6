using Gongkai.Agencies;
using Gongkai.Cases;
using Gongkai.Data.Numbering;
using Gongkai.Data.PersonalData;
using Gongkai.Letters;
using Gongkai.Register;
using Gongkai.Requests;
using Gongkai.Supervision;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Gongkai.Data;

public sealed class UtcConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(), value => value);

/// <summary>
/// The one database of Gongkai: accounts, agencies, the register and the requests, and the keys that sign cookies, so
/// that several web instances behind a proxy accept each other's sign-ins and forms. Provider-neutral.
/// </summary>
public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options) : IdentityDbContext<User>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<InformationRequest> Requests => Set<InformationRequest>();
    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();
    public DbSet<NormativeDocument> NormativeDocuments => Set<NormativeDocument>();
    public DbSet<DecisionCount> DecisionCounts => Set<DecisionCount>();
    public DbSet<CatalogueCategory> CatalogueCategories => Set<CatalogueCategory>();
    public DbSet<LoadedHolidayNotice> HolidayNotices => Set<LoadedHolidayNotice>();
    public DbSet<ReviewCase> Cases => Set<ReviewCase>();
    public DbSet<Letter> Letters => Set<Letter>();
    public DbSet<RequestFile> RequestFiles => Set<RequestFile>();
    public DbSet<DisclosureFile> DisclosureFiles => Set<DisclosureFile>();
    public DbSet<Interpretation> Interpretations => Set<Interpretation>();
    public DbSet<Training> Trainings => Set<Training>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<ChannelCount> ChannelCounts => Set<ChannelCount>();
    public DbSet<GuideVersion> GuideVersions => Set<GuideVersion>();
    public DbSet<Gongkai.Notices.Notice> Notices => Set<Gongkai.Notices.Notice>();
    public DbSet<AgencyLetterTemplate> LetterTemplates => Set<AgencyLetterTemplate>();
    public DbSet<Gongkai.Reports.AnnualReportRecord> AnnualReports => Set<Gongkai.Reports.AnnualReportRecord>();
    public DbSet<ReportSubmission> Submissions => Set<ReportSubmission>();
    public DbSet<UploadBatch> UploadBatches => Set<UploadBatch>();
    public DbSet<ReportReview> ReportReviews => Set<ReportReview>();
    public DbSet<Urging> Urgings => Set<Urging>();
    public DbSet<WorkPoint> WorkPoints => Set<WorkPoint>();
    public DbSet<WorkPointProgress> WorkPointProgress => Set<WorkPointProgress>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
        builder.ProtectApplicant(PersonalDataProtection.KeyOf(this.GetService<IDbContextOptions>()));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Enums are stored as their names, so the data reads without the code and survives reordering.
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configuration.Properties<decimal>().HavePrecision(18, 4);
        // Moments are stored in UTC: PostgreSQL's timestamptz takes no other offset, and China's +08:00 is shown, not stored.
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }
}
