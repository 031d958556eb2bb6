using Gongkai.Agencies;
using Gongkai.Data.Supervision;
using Gongkai.Supervision;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

public sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.ToTable("ReportSubmissions");
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UploadBatch>().WithMany().HasForeignKey(s => s.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Year, s.State, s.AgencyId });
        builder.HasIndex(s => new { s.AgencyId, s.Year });
        builder.HasIndex(s => new { s.State, s.Id });
        builder.HasIndex(s => s.BatchId);
        builder.Property(s => s.FileName).HasMaxLength(260);
        builder.Property(s => s.Error).HasMaxLength(1000);
        builder.Property(s => s.AgencyNameRead).HasMaxLength(200);
        builder.OwnsMany(s => s.Corrections, c =>
        {
            c.ToJson();
            c.Ignore(x => x.Location);
        });
        builder.Navigation(s => s.Corrections).HasField("_corrections");
        // The queue's mechanics, not the domain's: which worker took a submission and when (SubmissionQueries.ClaimAsync).
        builder.Property<Guid?>(SubmissionQueries.ClaimToken);
        builder.Property<DateTime?>(SubmissionQueries.ClaimedAt);
    }
}

public sealed class UploadBatchConfiguration : IEntityTypeConfiguration<UploadBatch>
{
    public void Configure(EntityTypeBuilder<UploadBatch> builder)
    {
        builder.ToTable("UploadBatches");
        builder.HasOne<Agency>().WithMany().HasForeignKey(b => b.SupervisorAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.By).HasMaxLength(100);
        builder.Property(b => b.Skipped).HasMaxLength(20000);
    }
}

public sealed class ReportReviewConfiguration : IEntityTypeConfiguration<ReportReview>
{
    public void Configure(EntityTypeBuilder<ReportReview> builder)
    {
        builder.ToTable("ReportReviews");
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique();
        builder.HasIndex(r => r.Year);
        builder.Property(r => r.AcceptedBy).HasMaxLength(100);
        builder.Ignore(r => r.OpenRound);
        builder.OwnsMany(r => r.Decisions, d => d.ToJson());
        builder.Navigation(r => r.Decisions).HasField("_decisions");
        builder.OwnsMany(r => r.Rounds, d =>
        {
            d.ToJson();
            d.Ignore(x => x.FindingLines);
            d.Ignore(x => x.CorrectedOnTime);
        });
        builder.Navigation(r => r.Rounds).HasField("_rounds");
    }
}

public sealed class UrgingConfiguration : IEntityTypeConfiguration<Urging>
{
    public void Configure(EntityTypeBuilder<Urging> builder)
    {
        builder.ToTable("Urgings");
        builder.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(u => u.SupervisorAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.AgencyId, u.SentAt });
        builder.HasIndex(u => u.SupervisorAgencyId);
        builder.Property(u => u.Note).HasMaxLength(500);
        builder.Property(u => u.By).HasMaxLength(100);
        builder.Ignore(u => u.Text);
    }
}

public sealed class WorkPointConfiguration : IEntityTypeConfiguration<WorkPoint>
{
    public void Configure(EntityTypeBuilder<WorkPoint> builder)
    {
        builder.ToTable("WorkPoints");
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.OfficeAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OfficeAgencyId, p.Year, p.Number }).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Requirement).HasMaxLength(2000);
        builder.Property(p => p.IssuedBy).HasMaxLength(100);
    }
}

public sealed class WorkPointProgressConfiguration : IEntityTypeConfiguration<WorkPointProgress>
{
    public void Configure(EntityTypeBuilder<WorkPointProgress> builder)
    {
        builder.ToTable("WorkPointProgress");
        builder.HasOne<WorkPoint>().WithMany().HasForeignKey(p => p.WorkPointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.WorkPointId, p.AgencyId }).IsUnique();
        builder.Property(p => p.Department).HasMaxLength(100);
        builder.Property(p => p.Note).HasMaxLength(2000);
        builder.Property(p => p.Evidence).HasMaxLength(500);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
    }
}
