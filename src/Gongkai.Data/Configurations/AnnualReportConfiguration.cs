using Gongkai.Agencies;
using Gongkai.Reports;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReportRecord>
{
    public void Configure(EntityTypeBuilder<AnnualReportRecord> builder)
    {
        builder.ToTable("AnnualReports");
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique();
        builder.Property(r => r.Opening).HasMaxLength(4000);
        builder.Property(r => r.Overview).HasMaxLength(20000);
        builder.Property(r => r.Problems).HasMaxLength(20000);
        builder.Property(r => r.Other).HasMaxLength(20000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Log).HasMaxLength(8000);
        builder.Property(r => r.ImportedFileName).HasMaxLength(260);
        builder.Ignore(r => r.Locks);
    }
}
