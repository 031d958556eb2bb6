using Gongkai.Agencies;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

public sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> builder)
    {
        builder.ToTable("Requests");
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Number).HasMaxLength(40);
        builder.HasIndex(r => new { r.AgencyId, r.Number }).IsUnique();
        builder.Property(r => r.TrackingCode).HasMaxLength(40);
        builder.HasIndex(r => r.TrackingCode).IsUnique();
        builder.Property(r => r.SubmissionKey).HasMaxLength(64);
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.DeliveryForm).HasMaxLength(200);
        builder.Property(r => r.OutcomeCode).HasMaxLength(10);
        builder.Property(r => r.OutcomeReason).HasMaxLength(4000);
        builder.Property(r => r.OutcomeKey).HasMaxLength(20);
        builder.Property(r => r.ConsultedParty).HasMaxLength(400);
        builder.Property(r => r.FeePayment).HasMaxLength(1000);
        builder.Property(r => r.ExtensionReason).HasMaxLength(4000);
        builder.Property(r => r.ReplyProof).HasMaxLength(400);
        builder.Property(r => r.CorrectionItems).HasMaxLength(4000);
        builder.OwnsMany(r => r.DecisionFields, f => f.ToJson());
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.OwnsOne(r => r.Applicant, a =>
        {
            a.Property(x => x.Name).HasMaxLength(200);
            // ID number, phone, address and e-mail are encrypted: PersonalData/PersonalDataProtection.
        });
        builder.OwnsMany(r => r.Pauses, p => p.ToJson());
        builder.HasMany(r => r.History).WithOne().HasForeignKey("RequestId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.History).AutoInclude(false);
        builder.Ignore(r => r.Outcome);
        // The worklist: pending requests of an agency by due date (DueOn is null once decided).
        builder.HasIndex(r => new { r.AgencyId, r.DueOn });
        builder.HasIndex(r => new { r.AgencyId, r.State });
        builder.HasIndex(r => new { r.AgencyId, r.ReceivedOn });
        builder.HasIndex(r => new { r.AgencyId, r.DecidedOn });
    }
}

public sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(200);
        builder.Property(e => e.Note).HasMaxLength(4000);
    }
}

public sealed class RequestFileConfiguration : IEntityTypeConfiguration<RequestFile>
{
    public void Configure(EntityTypeBuilder<RequestFile> builder)
    {
        builder.HasOne<InformationRequest>().WithMany().HasForeignKey(f => f.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(200);
        builder.Property(f => f.AddedBy).HasMaxLength(100);
        builder.HasIndex(f => new { f.RequestId, f.Purpose });
        builder.Ignore(f => f.SizeText);
    }
}

public sealed class NoticeConfiguration : IEntityTypeConfiguration<Gongkai.Notices.Notice>
{
    public void Configure(EntityTypeBuilder<Gongkai.Notices.Notice> builder)
    {
        builder.HasOne<InformationRequest>().WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Subject).HasMaxLength(200);
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.Property(n => n.DedupeKey).HasMaxLength(200);
        builder.HasIndex(n => n.DedupeKey).IsUnique();
        builder.Property(n => n.StaffUserId).HasMaxLength(450);
        builder.Property(n => n.LastError).HasMaxLength(300);
        builder.HasIndex(n => new { n.SentAt, n.GaveUp });
    }
}
