using Gongkai.Agencies;
using Gongkai.Register;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

public sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Address).HasMaxLength(400);
        builder.Property(a => a.Phone).HasMaxLength(60);
        builder.Property(a => a.NumberPrefix).HasMaxLength(40);
        builder.Property(a => a.ReviewBody).HasMaxLength(200);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.DocumentNumber).HasMaxLength(100);
        builder.Property(d => d.Category).HasMaxLength(100);
        builder.Property(d => d.Channel).HasMaxLength(100);
        builder.Property(d => d.Publisher).HasMaxLength(200);
        builder.HasIndex(d => new { d.AgencyId, d.PublishedOn });
        builder.Ignore(d => d.IndexedText);
        builder.Ignore(d => d.IsPublic);
        builder.Ignore(d => d.Signature);
        builder.Property(d => d.AttributeGround).HasMaxLength(400);
        builder.Property(d => d.Stages).HasMaxLength(100);
        builder.OwnsMany(d => d.History, h => h.ToJson());
        builder.Navigation(d => d.History).HasField("_history");
    }
}

public sealed class DisclosureFileConfiguration : IEntityTypeConfiguration<DisclosureFile>
{
    public void Configure(EntityTypeBuilder<DisclosureFile> builder)
    {
        builder.HasOne<Disclosure>().WithMany().HasForeignKey(f => f.DisclosureId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(200);
        builder.HasIndex(f => f.DisclosureId);
    }
}

public sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocument>
{
    public void Configure(EntityTypeBuilder<NormativeDocument> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.DocumentNumber).HasMaxLength(100);
        builder.HasIndex(d => d.AgencyId);
    }
}

public sealed class DecisionCountConfiguration : IEntityTypeConfiguration<DecisionCount>
{
    public void Configure(EntityTypeBuilder<DecisionCount> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.AgencyId, d.Year, d.Month }).IsUnique();
    }
}

public sealed class CatalogueCategoryConfiguration : IEntityTypeConfiguration<CatalogueCategory>
{
    public void Configure(EntityTypeBuilder<CatalogueCategory> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => new { c.AgencyId, c.Name }).IsUnique();
    }
}

public sealed class LoadedHolidayNoticeConfiguration : IEntityTypeConfiguration<LoadedHolidayNotice>
{
    public void Configure(EntityTypeBuilder<LoadedHolidayNotice> builder)
    {
        builder.HasKey(n => n.Year);
        builder.Property(n => n.Year).ValueGeneratedNever();
        builder.Property(n => n.Text).HasMaxLength(8000);
        builder.Property(n => n.LoadedBy).HasMaxLength(100);
    }
}

public sealed class InterpretationConfiguration : IEntityTypeConfiguration<Interpretation>
{
    public void Configure(EntityTypeBuilder<Interpretation> builder)
    {
        builder.HasOne<NormativeDocument>().WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Title).HasMaxLength(500);
        builder.Property(i => i.Link).HasMaxLength(1000);
        builder.HasIndex(i => new { i.AgencyId, i.PublishedOn });
    }
}

public sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Topic).HasMaxLength(500);
        builder.Property(t => t.Organiser).HasMaxLength(200);
        builder.HasIndex(t => new { t.AgencyId, t.HeldOn });
    }
}

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Assessor).HasMaxLength(200);
        builder.Property(a => a.Result).HasMaxLength(200);
        builder.HasIndex(a => new { a.AgencyId, a.Year });
    }
}

public sealed class ChannelCountConfiguration : IEntityTypeConfiguration<ChannelCount>
{
    public void Configure(EntityTypeBuilder<ChannelCount> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Channel).HasMaxLength(ChannelCount.MaxChannel);
        builder.HasIndex(c => new { c.AgencyId, c.Year, c.Channel, c.Month }).IsUnique();
    }
}

public sealed class GuideVersionConfiguration : IEntityTypeConfiguration<GuideVersion>
{
    public void Configure(EntityTypeBuilder<GuideVersion> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.AgencyId, g.Kind, g.Number }).IsUnique();
        builder.Property(g => g.Text).HasMaxLength(GuideVersion.MaxText);
        builder.Property(g => g.Change).HasMaxLength(1000);
        builder.Property(g => g.RevisedBy).HasMaxLength(100);
    }
}
