using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(e => e.ActorId).HasMaxLength(100);
        foreach (var text in new[] { nameof(AuditEntry.ActorName), nameof(AuditEntry.Target), nameof(AuditEntry.Detail), nameof(AuditEntry.Client) })
            builder.Property(text).HasMaxLength(AuditEntry.TextLength);
        builder.HasIndex(e => new { e.AgencyId, e.At });
        builder.Ignore(e => e.ActionLabel);
    }
}
