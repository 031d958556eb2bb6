using Gongkai.Agencies;
using Gongkai.Cases;
using Gongkai.Letters;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

public sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> builder)
    {
        builder.HasOne<InformationRequest>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Title).HasMaxLength(100);
        builder.Property(l => l.Number).HasMaxLength(100);
        builder.HasIndex(l => l.RequestId);
        builder.HasIndex(l => new { l.AgencyId, l.Number }).IsUnique();
        builder.Ignore(l => l.FileName);
    }
}

public sealed class AgencyLetterTemplateConfiguration : IEntityTypeConfiguration<AgencyLetterTemplate>
{
    public void Configure(EntityTypeBuilder<AgencyLetterTemplate> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Key).HasMaxLength(40);
        builder.Property(t => t.Title).HasMaxLength(100);
        builder.Property(t => t.Body).HasMaxLength(8000);
        builder.HasIndex(t => new { t.AgencyId, t.Key }).IsUnique();
    }
}

public sealed class ReviewCaseConfiguration : IEntityTypeConfiguration<ReviewCase>
{
    public void Configure(EntityTypeBuilder<ReviewCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasOne<InformationRequest>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Body).HasMaxLength(200);
        builder.HasIndex(c => new { c.AgencyId, c.FiledOn });
    }
}

public sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<Data.Numbering.NumberSequence>
{
    public void Configure(EntityTypeBuilder<Data.Numbering.NumberSequence> builder)
    {
        builder.HasKey(s => new { s.AgencyId, s.Year, s.Series });
        builder.Property(s => s.Series).HasMaxLength(40);
    }
}
